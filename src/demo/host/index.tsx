import { createRoot } from "react-dom/client";
import { DemoHost } from "./DemoHost";

const container = document.getElementById("root");
if (container) createRoot(container).render(<DemoHost />);
