"use client";

// Reading and sending an import file with progress: FileReader and XMLHttpRequest report progress,
// fetch does not (for uploads). Both resolve; failures come back as values the form can explain.

export function readFileBytes(file: File, onProgress: (fraction: number) => void): Promise<Uint8Array | null> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => resolve(null);
    reader.readAsArrayBuffer(file);
  });
}

export type UploadResponse = { status: number; body: unknown };

export function uploadImport(
  url: string,
  bytes: Uint8Array,
  onProgress: (fraction: number) => void,
): Promise<UploadResponse> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => resolve({ status: 0, body: null });
    xhr.send(new Blob([bytes as BlobPart], { type: "application/octet-stream" }));
  });
}
