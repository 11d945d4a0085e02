#!/usr/bin/env python3
"""Latency of a URL mix at a fixed offered rate: what readers see when the server is busy but not overloaded.

Usage: bench/rate.py BASE_URL URLS_FILE RATE SECONDS [CONNECTIONS]

wrk keeps every connection busy, so its latencies at 32 connections measure the queue in front of a saturated
server. Here request i is due at start + i / RATE whatever happened before, and its latency counts from that moment,
so a request that waited for a free connection is charged for the wait (no coordinated omission).
Prints one line: "rate p50 p99 max errors", latencies in milliseconds.
"""
import http.client
import sys
import threading
import time
from urllib.parse import urlsplit

base, urls_file, rate, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
connections = int(sys.argv[5]) if len(sys.argv) > 5 else 32
paths = [line.strip() for line in open(urls_file) if line.strip()]
host = urlsplit(base)
total = int(rate * seconds)
latencies, errors = [], [0]
next_request = [0]
lock = threading.Lock()
start = time.monotonic() + 0.5


def worker():
    connection = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    while True:
        with lock:
            i = next_request[0]
            if i >= total:
                return
            next_request[0] += 1
        due = start + i / rate
        wait = due - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        try:
            connection.request("GET", paths[i % len(paths)])
            response = connection.getresponse()
            response.read()
            ok = response.status == 200
        except (OSError, http.client.HTTPException):
            connection.close()
            connection = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
            ok = False
        done = time.monotonic()
        with lock:
            latencies.append((done - due) * 1000)
            if not ok:
                errors[0] += 1


threads = [threading.Thread(target=worker) for _ in range(connections)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
elapsed = time.monotonic() - start
latencies.sort()


def percentile(p):
    return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))]


print(f"{len(latencies) / elapsed:.0f} {percentile(50):.1f} {percentile(99):.1f} {latencies[-1]:.1f} {errors[0]}")
