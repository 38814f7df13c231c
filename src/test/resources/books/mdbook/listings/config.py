~import json
def load(path):
~    print("読み込み中")
    with open(path, encoding="utf-8") as f:
        return json.load(f)
