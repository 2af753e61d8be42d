import { errorMessage } from "../core";

/** An Office call that failed, with Office's own code kept for the message. */
export class OfficeCallError extends Error {
  constructor(
    message: string,
    readonly code?: number | string,
  ) {
    super(message);
    this.name = "OfficeCallError";
  }
}

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/** Wraps Office's callback style in a promise; a synchronous throw is a rejection too. */
export function officeCall<T>(start: (callback: Callback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result && result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
        else reject(new OfficeCallError(result?.error?.message || "Outlook reported an error.", result?.error?.code));
      });
    } catch (error) {
      reject(new OfficeCallError(errorMessage(error)));
    }
  });
}
