#!/usr/bin/env python3
"""Measure extraction as users get it: ingest a folder of articles through a running newsgraph,
read each back over GraphQL, write score.py's pred.json beside a copy of its gold.json, and print
score.py's table.

    NEWSGRAPH_EDITOR_PASSWORD=... tools/evaluate.py src/test/resources/extract/dev \\
        [--url http://localhost:8080/graphql] [--out target/eval] [--scorer ../shared/eval/score.py]

DIR holds one folder per article with article.txt, gold.json and optionally meta.json
({"title", "outlet", "url", "publishedOn"}). Standard library only.
"""
import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request

INGEST = """mutation($input: ArticleInput!) { articleIngest(input: $input) { created article { id } } }"""
READ_BACK = """query($id: ID!) { article(id: $id) {
  people { name role affiliation aliases }
  statements { text source speaker { name } }
  deployments { origin hostCountry region troops } } }"""


def graphql(url, query, variables, password=None):
    body = json.dumps({"query": query, "variables": variables}).encode("utf-8")
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/json", "Accept": "application/graphql-response+json"})
    if password is not None:
        token = base64.b64encode(("editor:" + password).encode("utf-8")).decode("ascii")
        request.add_header("Authorization", "Basic " + token)
    with urllib.request.urlopen(request, timeout=60) as response:
        answer = json.load(response)
    if answer.get("errors"):
        raise RuntimeError(json.dumps(answer["errors"]))
    return answer["data"]


def prediction(article):
    return {
        "persons": article["people"],
        "statements": [{"speaker": (s["speaker"] or {}).get("name"), "quote": s["text"],
                        "speaker_org": s["source"]} for s in article["statements"]],
        "deployments": [{"origin": d["origin"], "host_country": d["hostCountry"],
                         "host_region": d["region"], "count": d["troops"]} for d in article["deployments"]],
    }


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir")
    parser.add_argument("--url", default="http://localhost:8080/graphql")
    parser.add_argument("--out", default="target/eval")
    parser.add_argument("--scorer", default=os.path.join(here, "..", "..", "shared", "eval", "score.py"))
    args = parser.parse_args()
    password = os.environ.get("NEWSGRAPH_EDITOR_PASSWORD")
    if not password:
        sys.exit("set NEWSGRAPH_EDITOR_PASSWORD to the server's editor password")

    folders = sorted(f for f in os.listdir(args.dir) if os.path.exists(os.path.join(args.dir, f, "gold.json")))
    os.makedirs(args.out, exist_ok=True)
    started = time.time()
    for i, name in enumerate(folders, 1):
        src = os.path.join(args.dir, name)
        with open(os.path.join(src, "article.txt"), encoding="utf-8") as f:
            text = f.read()
        meta = {}
        if os.path.exists(os.path.join(src, "meta.json")):
            with open(os.path.join(src, "meta.json"), encoding="utf-8") as f:
                meta = json.load(f)
        article_input = {"text": text}
        article_input.update({k: meta[k] for k in ("title", "outlet", "url", "publishedOn") if meta.get(k)})
        ingested = graphql(args.url, INGEST, {"input": article_input}, password)["articleIngest"]
        article = graphql(args.url, READ_BACK, {"id": ingested["article"]["id"]})["article"]
        dst = os.path.join(args.out, name)
        os.makedirs(dst, exist_ok=True)
        shutil.copy(os.path.join(src, "gold.json"), dst)
        with open(os.path.join(dst, "pred.json"), "w", encoding="utf-8") as f:
            json.dump(prediction(article), f, ensure_ascii=False, indent=1)
        print("evaluate: [%d/%d] %s (%s)" % (i, len(folders), name,
                                            "new" if ingested["created"] else "already there"), file=sys.stderr)
    print("evaluate: %d articles in %.1f s" % (len(folders), time.time() - started), file=sys.stderr)
    return subprocess.call([sys.executable, args.scorer, "--all", args.out])


if __name__ == "__main__":
    sys.exit(main())
