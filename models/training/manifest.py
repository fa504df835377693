"""models/manifest.json, shared by every training script: file entries with sha256 and size,
and a read-modify-write update so that each model keeps the other models' entries."""
import hashlib
import json
import os


def sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def file_entry(path: str, models_dir: str) -> dict:
    """{file, sha256, bytes} of a model file, its path relative to the models folder."""
    return {"file": os.path.relpath(path, models_dir), "sha256": sha256(path), "bytes": os.path.getsize(path)}


def update(models_dir: str, entries: dict) -> None:
    """Set the given model entries in models_dir/manifest.json, keeping all others; atomic."""
    path = os.path.join(models_dir, "manifest.json")
    manifest = {"models": {}}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
        manifest.setdefault("models", {})
    manifest["models"].update(entries)
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    os.replace(tmp, path)
