#!/usr/bin/env python3
"""Bounded load on a Plenary node for the PostgreSQL restart drill: readers GET the line-up page and its API, one writer
logs in as the demo coordinator and creates issues (one transaction each), for a fixed number of seconds. Writes a
CSV line per request (start time, kind, status, issue slug for writes, seconds taken) to stdout. Standard library only."""
import http.cookiejar, re, sys, threading, time, urllib.error, urllib.parse, urllib.request

base, seconds, readers, prefix = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
assert base.startswith("http://127.0.0.1:"), "only 127.0.0.1"
lines, lock = [], threading.Lock()
end = time.time() + seconds

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

def reader(n):
    paths = ["/processes/gcm/issues/regular-irregular/lineup?asOf=2018-03-15",
             "/api/v1/processes/gcm/issues/regular-irregular/lineup?asOf=2018-03-15"]
    i = n
    while time.time() < end:
        t = time.time()
        try:
            with urllib.request.urlopen(base + paths[i % 2], timeout=30) as r:
                r.read(); status = r.status
        except urllib.error.HTTPError as e:
            status = e.code
        except Exception:
            status = 0
        with lock:
            lines.append(f"{t:.3f},read,{status},,{time.time() - t:.3f}")
        i += 1
        time.sleep(0.05)

def writer():
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    token, k = None, 0
    def csrf(path):
        with opener.open(base + path, timeout=30) as r:
            return re.search(r'name="_csrf"\s+value="([^"]+)"', r.read().decode()).group(1)
    while time.time() < end:
        t = time.time()
        slug = f"{prefix}-{k}"
        try:
            if token is None:  # (re)login: the session lives in PostgreSQL, so it survives the restart
                form = urllib.parse.urlencode({"username": "coordinator", "password": "plenary-demo",
                                               "_csrf": csrf("/login")}).encode()
                try:
                    opener.open(base + "/login", form, timeout=30)
                except urllib.error.HTTPError as e:
                    if e.code != 302: raise
                token = csrf("/processes/gcm/issues/new")
            data = urllib.parse.urlencode({"slug": slug, "title": f"Restart drill {k}", "description": "",
                                           "_csrf": token}).encode()
            try:
                with opener.open(base + "/processes/gcm/issues/new", data, timeout=30) as r:
                    status = r.status
            except urllib.error.HTTPError as e:
                status = e.code
        except Exception:
            status, token = 0, None
        with lock:
            lines.append(f"{t:.3f},write,{status},{slug},{time.time() - t:.3f}")
        k += 1
        time.sleep(0.1)

threads = [threading.Thread(target=reader, args=(n,)) for n in range(readers)] + [threading.Thread(target=writer)]
for th in threads: th.start()
for th in threads: th.join()
print("\n".join(sorted(lines)))
