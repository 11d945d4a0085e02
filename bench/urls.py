#!/usr/bin/env python3
"""Writes the URL mixes bench/run.sh replays with wrk: item pages, listings, searches, API searches, feeds, and
item pages that none of those asks for (first visits).

Usage: bench/urls.py BASE_URL OUT_DIR [SEED]. Item and listing paths come from the running site's own
sitemaps; listings add the year and page links each listing page offers; searches are 0-3 domain words
with 0-3 facet filters drawn from the vocabulary. Deterministic for a seed and a site.
"""
import json
import random
import re
import sys
import urllib.request
from pathlib import Path

base, out = sys.argv[1].rstrip("/"), Path(sys.argv[2])
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
out.mkdir(parents=True, exist_ok=True)
here = Path(__file__).resolve().parent


def get(path):
    with urllib.request.urlopen(base + path, timeout=120) as response:
        return response.read().decode("utf-8")


def locs(xml):
    return [re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)</loc>", xml)]


sitemaps = locs(get("/sitemap.xml"))
items, listings = [], []
for sitemap in sitemaps:
    (items if "/items-" in sitemap else listings).extend(locs(get(sitemap)))
rng.shuffle(items)
# Items no other mix asks for, each asked once: what a reader gets from a page the server does not keep.
first_visits = items[20000:60000]
items = items[:20000]

listing_urls = set(listings)
for path in listings:
    try:
        html = get(path)
    except Exception:
        continue
    for href in re.findall(r'href="([^"]+)"', html):
        href = href.replace("&amp;", "&")
        if href.startswith(path + "?") and ("year=" in href or "page=" in href) and "cursor=" not in href:
            listing_urls.add(href)
listing_urls = sorted(listing_urls)
rng.shuffle(listing_urls)

vocabulary = json.loads((here.parent / "src/main/resources/vocabulary/osce.json").read_text())["vocabularies"]
facets = {"FIELD_OF_WORK": "field", "COUNTRY": "country", "STRUCTURE": "source"}
slugs = {param: [t["slug"] for t in vocabulary.get(name, [])] for name, param in facets.items()}
words = """election elections observation media freedom journalists border management migration workshop police
training gender equality youth human rights trafficking cybersecurity water energy environment corruption
minorities tolerance democratic institutions parliament legislation court judiciary reform conference
ministerial council presidency mission office ambassador dialogue security co-operation economic transparency
roma sinti hate crime terrorism radicalization weapons ammunition landmines customs water dialogue women""".split()
searches = set()
while len(searches) < 1000:
    params = []
    if rng.random() < 0.75:
        params.append("q=" + "+".join(rng.sample(words, rng.randint(1, 3))))
    for _ in range(rng.randint(0 if params else 1, 3)):
        param = rng.choice(list(slugs))
        if slugs[param]:
            params.append(f"{param}={rng.choice(slugs[param])}")
    if rng.random() < 0.2:
        params.append(f"year={rng.randint(1995, 2026)}")
    searches.add("&".join(params))
searches = sorted(searches)
rng.shuffle(searches)

feeds = [p + "/feed." + rng.choice(["atom", "rss"]) for p in listings if p.count("/") == 2] + ["/feed.atom", "/feed.rss"]

mixes = {
    "items": items,
    "items-first": first_visits,
    "listings": listing_urls,
    "search": ["/search?" + s for s in searches],
    "api": ["/api/v1/items?" + s for s in searches],
    "feeds": feeds,
}
for name, urls in mixes.items():
    (out / f"{name}.txt").write_text("\n".join(urls) + "\n")
    print(f"{name}: {len(urls)} URLs", file=sys.stderr)
