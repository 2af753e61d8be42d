performance.mark("mir:eval-begin");
