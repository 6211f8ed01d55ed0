#!/usr/bin/python3
"""Fault tests of CareShop against the real PostgreSQL and RabbitMQ of this machine; each prints its figures.

  bench/faults/faults.py kill        kill -9 of the service during a load of concurrent orders, then a restart
  bench/faults/faults.py broker      RabbitMQ stopped and started again during a load of orders
  bench/faults/faults.py database    PostgreSQL restarted during a load of orders
  bench/faults/faults.py instances   two instances, one database: 1,000 concurrent orders for 100 units
  bench/faults/faults.py fuzz        10,000 generated requests over every operation in the OpenAPI document
  bench/faults/faults.py all         the five, one after the other

It runs the jar built by ./mvnw -B -DskipTests package (JAR, JAVA override) against a database of its own,
careshop_faults (dropped first and at the end), publishing to an exchange of its own (careshop.events.faults-<pid>)
with a durable queue bound to it, which it reads once the load is over. `broker` stops and starts the local RabbitMQ
(rabbitmqctl stop_app / start_app) and `database` restarts the local PostgreSQL (pg_ctlcluster): run them on a machine
of your own. Needs python3-pika (apt-get install python3-pika) for /usr/bin/python3, and psql.
Exit status 0 when every promise held, 1 otherwise; the figures go to stdout.
"""
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pika

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RESULTS = os.path.join(ROOT, "bench", "faults", "results")
JAR = os.environ.get("JAR", os.path.join(ROOT, "bootstrap", "target", "careshop.jar"))
JAVA = os.environ.get("JAVA", "java")
DATABASE = "careshop_faults"
EXCHANGE = "careshop.events.faults-%d" % os.getpid()
QUEUE = EXCHANGE + ".consumer"
ADMIN_PASSWORD = "faults-admin-password"
JWT_SECRET = "faults-signing-key-0123456789abcdef0123456789"  # fixed, so tokens outlive a restart
ADDRESS = {"line1": "1 Main Street", "city": "Berlin", "postalCode": "10115", "country": "DE"}


def psql(sql, database=DATABASE):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-AtXq", "-c", sql],
                          check=True, capture_output=True, text=True).stdout.strip()


class Service:
    """One instance of the service on its own port, with its log in RESULTS."""

    running = []  # stopped by main() whatever happens

    def __init__(self, port, name):
        self.port, self.name, self.process = port, name, None
        self.base = "http://127.0.0.1:%d" % port
        Service.running.append(self)

    def start(self, timeout=120):
        env = dict(os.environ,
                   SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
                   SERVER_PORT=str(self.port), CARESHOP_BOOTSTRAP_ADMIN_PASSWORD=ADMIN_PASSWORD,
                   CARESHOP_JWT_SECRET=JWT_SECRET, CARESHOP_EVENTS_EXCHANGE=EXCHANGE,
                   CARESHOP_JWT_TIME_TO_LIVE="2h")
        log = open(os.path.join(RESULTS, self.name + ".log"), "a")
        self.process = subprocess.Popen([JAVA, "-jar", JAR], env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise SystemExit("%s exited during start; see %s.log" % (self.name, self.name))
            try:
                if http("GET", self.base + "/actuator/health/readiness", timeout=2)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.5)
        raise SystemExit("%s did not become ready within %d s" % (self.name, timeout))

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=60)


def http(method, url, body=None, token=None, timeout=30):
    """(status, parsed JSON or None, headers); raises OSError when no answer came."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
            return response.status, (json.loads(raw) if raw else None), dict(response.headers)
    except urllib.error.HTTPError as error:
        raw = error.read()
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = None
        return error.code, parsed, dict(error.headers)


def log_in(service):
    status, answer, _ = http("POST", service.base + "/api/auth/token",
                             {"username": "admin", "password": ADMIN_PASSWORD})
    assert status == 200, (status, answer)
    return answer["accessToken"]


def product(service, token, stock):
    status, answer, _ = http("POST", service.base + "/api/products",
                             {"name": "Fault product %s" % uuid.uuid4(), "price": 2.50, "stockQuantity": stock},
                             token=token)
    assert status == 201, (status, answer)
    return answer["id"]


def admin_id():
    return psql("SELECT id FROM users WHERE username = 'admin'")


def started(name, stock_quantity):
    """A fresh instance, the administrator's token and a product with that much stock."""
    service = Service(18181, name)
    service.start()
    token = log_in(service)
    return service, token, product(service, token, stock_quantity)


def fresh_database():
    psql("DROP DATABASE IF EXISTS %s WITH (FORCE)" % DATABASE, "postgres")


class Events:
    """A durable queue bound to the run's exchange with '#': it keeps what arrives while the broker restarts."""

    def __init__(self):
        self._declare()

    def _channel(self):
        connection = pika.BlockingConnection(pika.ConnectionParameters("127.0.0.1"))
        return connection, connection.channel()

    def _declare(self):
        connection, channel = self._channel()
        channel.exchange_declare(EXCHANGE, exchange_type="topic", durable=True)
        channel.queue_declare(QUEUE, durable=True)
        channel.queue_bind(QUEUE, EXCHANGE, routing_key="#")
        connection.close()

    def drain(self, until, timeout=90):
        """Reads messages until until(messages) holds or nothing came for `timeout` seconds; returns them all."""
        messages, idle_since = [], time.time()
        connection, channel = self._channel()
        try:
            while not until(messages) and time.time() - idle_since < timeout:
                method, _, body = channel.basic_get(QUEUE, auto_ack=True)
                if method is None:
                    time.sleep(0.2)
                    continue
                messages.append(json.loads(body))
                idle_since = time.time()
        finally:
            connection.close()
        return messages

    def delete(self):
        try:
            connection, channel = self._channel()
            channel.queue_delete(QUEUE)
            channel.exchange_delete(EXCHANGE)
            connection.close()
        except Exception:  # the broker is gone: nothing to clean up there
            pass


class OrderLoad:
    """Threads placing one-unit orders of a product as the administrator until stopped; every outcome is kept."""

    def __init__(self, services, token, product_id, threads=16):
        self.services, self.token, self.product_id, self.threads = services, token, product_id, threads
        self.stop_flag = threading.Event()
        self.outcomes = []  # (time, status or 'no answer', order id or problem type, seconds)
        self.lock = threading.Lock()
        self.user = admin_id()

    def _run(self, index):
        service = self.services[index % len(self.services)]
        while not self.stop_flag.is_set():
            started = time.time()
            try:
                status, answer, _ = http("POST", service.base + "/api/orders",
                                         {"userId": self.user, "items": [{"productId": self.product_id, "quantity": 1}],
                                          "shippingAddress": ADDRESS}, token=self.token, timeout=30)
                detail = answer.get("id") if status == 201 else (answer or {}).get("type")
            except OSError as error:
                status, detail = "no answer", type(error).__name__
                time.sleep(0.05)
            with self.lock:
                self.outcomes.append((started, status, detail, time.time() - started))

    def start(self):
        self.pool = ThreadPoolExecutor(self.threads)
        self.futures = [self.pool.submit(self._run, i) for i in range(self.threads)]

    def stop(self):
        self.stop_flag.set()
        for future in self.futures:
            future.result()
        self.pool.shutdown()

    def created(self):
        return [detail for _, status, detail, _ in self.outcomes if status == 201]

    def statuses(self):
        return Counter(str(status) for _, status, _, _ in self.outcomes)


def stock(product_id):
    return int(psql("SELECT stock_quantity FROM products WHERE id = '%s'" % product_id))


def orders_of(product_id):
    return set(psql("SELECT DISTINCT order_id FROM order_lines WHERE product_id = '%s'" % product_id).split())


def check(results, promise, held):
    results.append(held)
    print("  %s %s" % ("ok  " if held else "FAIL", promise))


def placed_events(messages):
    return Counter(m["aggregateId"] for m in messages if m["type"] == "OrderPlaced")


def scenario_kill(results):
    print("kill -9 during a load of concurrent orders")
    service, token, product_id = started("kill", 100000)
    events = Events()
    load = OrderLoad([service], token, product_id)
    load.start()
    time.sleep(6)
    service.kill()
    killed_at = time.time()
    time.sleep(1)
    load.stop()
    unpublished = int(psql("SELECT count(*) FROM outbox WHERE published_at IS NULL"))
    service.start()
    restarted = time.time() - killed_at
    created = set(load.created())
    in_database = orders_of(product_id)
    taken = 100000 - stock(product_id)
    messages = events.drain(lambda got: created <= set(placed_events(got)), timeout=60)
    placed = placed_events(messages)
    print("  requests %d: %s; restarted and ready %.1f s after the kill"
          % (len(load.outcomes), dict(load.statuses()), restarted))
    print("  orders answered 201: %d; orders in the database: %d (committed, answer lost: %d); units taken: %d"
          % (len(created), len(in_database), len(in_database - created), taken))
    print("  events left unpublished by the killed instance: %d; OrderPlaced events received: %d for %d orders, "
          "%d duplicates" % (unpublished, sum(placed.values()), len(placed), sum(placed.values()) - len(placed)))
    check(results, "every order answered 201 exists", created <= in_database)
    check(results, "stock was taken for existing orders only, once each", taken == len(in_database))
    check(results, "every 201 order's OrderPlaced reached the broker after the restart", created <= set(placed))
    check(results, "no event for an order that does not exist", set(placed) <= in_database)
    service.stop()
    events.delete()


def scenario_broker(results):
    print("RabbitMQ stopped and started during a load of orders")
    service, token, product_id = started("broker", 100000)
    events = Events()
    load = OrderLoad([service], token, product_id, threads=8)
    load.start()
    time.sleep(4)
    subprocess.run(["rabbitmqctl", "stop_app"], check=True, capture_output=True)
    time.sleep(8)
    health, body, _ = http("GET", service.base + "/actuator/health")
    readiness = http("GET", service.base + "/actuator/health/readiness")[0]
    waiting = int(psql("SELECT count(*) FROM outbox WHERE published_at IS NULL"))
    subprocess.run(["rabbitmqctl", "start_app"], check=True, capture_output=True)
    subprocess.run(["rabbitmqctl", "await_startup"], check=True, capture_output=True)
    back = time.time()
    time.sleep(4)
    load.stop()
    created = set(load.created())
    messages = events.drain(lambda got: created <= set(placed_events(got)), timeout=90)
    delivered_after = time.time() - back
    placed = placed_events(messages)
    ids = Counter(m["eventId"] for m in messages)
    print("  requests %d: %s" % (len(load.outcomes), dict(load.statuses())))
    print("  during the outage: /actuator/health %d (rabbit %s), readiness %d, %d events waiting in the outbox"
          % (health, ((body or {}).get("components") or {}).get("rabbit", {}).get("status"), readiness, waiting))
    print("  all %d orders' events were in the queue %.1f s after the broker was back; %d messages, %d duplicate event ids"
          % (len(created), delivered_after, len(messages), sum(ids.values()) - len(ids)))
    check(results, "no order refused while the broker was down", set(load.statuses()) == {"201"})
    check(results, "health showed the broker DOWN and readiness stayed UP",
          health == 503 and readiness == 200 and waiting > 0)
    check(results, "no OrderPlaced lost", created <= set(placed))
    check(results, "duplicates only of whole events (same eventId)", len(placed) == len(created))
    service.stop()
    events.delete()


def scenario_database(results):
    print("PostgreSQL restarted during a load of orders")
    service, token, product_id = started("database", 100000)
    load = OrderLoad([service], token, product_id, threads=8)
    load.start()
    time.sleep(4)
    cluster = os.listdir("/etc/postgresql")[0]
    down_at = time.time()
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "stop", "-m", "fast"], check=True)
    time.sleep(6)
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "start"], check=True)
    up_at = time.time()
    time.sleep(8)
    load.stop()
    during = [o for o in load.outcomes if down_at <= o[0] < up_at]
    after = [o for o in load.outcomes if o[0] >= up_at]
    first_success = min((o[0] + o[3] for o in after if o[1] == 201), default=None)
    recovered = (first_success - up_at) if first_success else None
    slowest = max((o[3] for o in during), default=0)
    statuses = Counter(str(o[1]) for o in during)
    problems = Counter(o[2] for o in during if o[1] != 201)
    print("  during the outage (%.1f s): %s, problem types %s, slowest answer %.1f s"
          % (up_at - down_at, dict(statuses), dict(problems), slowest))
    print("  after PostgreSQL was back: %s; first 201 after %.1f s" % (dict(Counter(str(o[1]) for o in after)),
                                                                      recovered if recovered is not None else -1))
    check(results, "no 500 and no lost connection during the outage",
          all(o[1] in (201, 503) for o in during))
    check(results, "the refusals are 503 service-unavailable problems",
          all(o[2] and o[2].endswith("service-unavailable") for o in during if o[1] == 503))
    check(results, "no request hung past 10 s", slowest <= 10)
    check(results, "answers 201 again within 5 s of PostgreSQL being back", recovered is not None and recovered <= 5)
    service.stop()


def scenario_instances(results):
    print("two instances, one database: 1,000 concurrent orders for 100 units")
    first, second = Service(18181, "instance-1"), Service(18182, "instance-2")
    first.start()
    second.start()
    token = log_in(first)
    product_id = product(first, token, 100)
    user = admin_id()
    services = [first, second]

    def order(i):
        try:
            return http("POST", services[i % 2].base + "/api/orders",
                        {"userId": user, "items": [{"productId": product_id, "quantity": 1}],
                         "shippingAddress": ADDRESS}, token=token, timeout=60)[0]
        except OSError:
            return "no answer"

    started = time.time()
    with ThreadPoolExecutor(64) as pool:
        statuses = Counter(str(s) for s in pool.map(order, range(1000)))
    elapsed = time.time() - started
    in_database = orders_of(product_id)
    print("  answers in %.1f s: %s; orders in the database %d; stock left %d"
          % (elapsed, dict(statuses), len(in_database), stock(product_id)))
    check(results, "exactly 100 orders, no oversell", statuses.get("201") == 100 and len(in_database) == 100
          and stock(product_id) == 0)
    check(results, "every other answer is 409 insufficient stock", statuses.get("409") == 900)
    first.stop()
    second.stop()


def fuzz_values(rng, schema):
    """Mostly wrong values for a schema: other types, edges, huge and odd strings; now and then a plausible one."""
    odd = [None, True, -1, 0, 2 ** 63, -2 ** 63 - 1, 1e308, -0.0, 3.14159, "", " ", "x" * 10000, "\u0000", "\ud800",
           "NaN", "1e999", "0x10", "../../etc/passwd", "' OR 1=1 --", "<script>", "\u202e", "9" * 400,
           "2026-02-30", "2026-13-01T25:61:61Z", str(uuid.uuid4()), [], [1, "a", None], {}, {"$ref": "x"}]
    kind = (schema or {}).get("type")
    if rng.random() < 0.2:
        if kind == "integer":
            return rng.choice([1, 5, 100, 1000])
        if kind == "string":
            return rng.choice(["a", "Ada Lovelace", str(uuid.uuid4()), "2030-01-01T10:00:00Z"])
    return rng.choice(odd)


def fuzz_body(rng, components, schema, depth=0):
    if schema and "$ref" in schema:
        schema = components.get(schema["$ref"].split("/")[-1], {})
    roll = rng.random()
    if roll < 0.05:
        return "[" * 5000 + "]" * 5000  # deep nesting, as raw text
    if roll < 0.1:
        return "{\"unterminated\": "  # not JSON
    if roll < 0.15 and depth == 0:
        return json.dumps({"k%d" % i: "v" * 100 for i in range(15000)})  # a 1.6 MB object
    properties = (schema or {}).get("properties", {})
    body = {name: fuzz_values(rng, prop) if rng.random() < 0.7 else
            (fuzz_body(rng, components, prop, depth + 1) if depth < 3 else None)
            for name, prop in properties.items() if rng.random() < 0.8}
    if rng.random() < 0.2:
        body["unknownProperty"] = 1
    return json.dumps(body)


def scenario_fuzz(results, count=int(os.environ.get("FUZZ_REQUESTS", "10000"))):
    print("fuzz: %d generated requests over every operation of the OpenAPI document" % count)
    import random
    rng = random.Random(20261203)
    service, token, _ = started("fuzz", 10)
    document = http("GET", service.base + "/v3/api-docs")[1]
    components = document.get("components", {}).get("schemas", {})
    operations = [(path, method.upper(), spec) for path, item in document["paths"].items()
                  for method, spec in item.items() if method in ("get", "post", "put", "patch", "delete")]
    tokens = [token, None, "garbage", token[:-3] + "abc", "Bearer " + token, "x" * 9000]
    accepts = [None, "application/json", "text/csv", "application/xml", "*/*", "text/html;q=0.1", "\u00e9/\u00e9"]
    statuses, non_problems, server_errors = Counter(), [], []

    def one(i):
        local = random.Random(rng.random())
        path, method, spec = local.choice(operations)
        url = path
        for parameter in spec.get("parameters", []):
            value = fuzz_values(local, parameter.get("schema"))
            raw = json.dumps(value) if not isinstance(value, str) else value
            text = urllib.request.quote(raw.encode("utf-8", "surrogatepass"), safe="")
            if parameter["in"] == "path":
                url = url.replace("{%s}" % parameter["name"], text if local.random() < 0.8 else str(uuid.uuid4()))
            elif parameter["in"] == "query" and local.random() < 0.7:
                url += ("&" if "?" in url else "?") + parameter["name"] + "=" + text
        body = None
        if "requestBody" in spec or local.random() < 0.1:
            schema = (spec.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema"))
            body = fuzz_body(local, components, schema).encode()
        request = urllib.request.Request(service.base + url, data=body, method=method)
        if body is not None:
            request.add_header("Content-Type", local.choice(["application/json", "application/json", "text/plain",
                                                             "application/x-www-form-urlencoded", "application/json; charset=latin1"]))
        chosen = local.choice(tokens)
        if chosen:
            request.add_header("Authorization", chosen if chosen.startswith("Bearer ") else "Bearer " + chosen)
        accept = local.choice(accepts)
        if accept:
            request.add_header("Accept", accept)
        if local.random() < 0.1:
            request.add_header("Idempotency-Key", local.choice(["k" * 300, "\u00e9", "ok-%d" % i]))
        if local.random() < 0.05:
            request.add_header("If-Match", local.choice(["\"1\"", "*", "garbage", "\"" + "9" * 40 + "\""]))
        shown = "%s %s auth=%d accept=%s body=%d" % (method, url[:80], len(chosen or ""), accept, len(body or b""))
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return shown, response.status, response.headers.get("Content-Type"), response.read()
        except urllib.error.HTTPError as error:
            return shown, error.code, error.headers.get("Content-Type"), error.read()
        except (OSError, ValueError) as error:
            if body and (len(chosen or "") > 8192 or len(body) > 2 * 1024 * 1024) and "Broken pipe" in str(error):
                # Tomcat refuses a header over 8 KB with a 400 before it reads the body, and closes; and when an
                # answer (a 401, say) leaves more than 2 MB of body unread, it closes rather than read it all. Either
                # way the client cannot finish sending; nothing reached the service.
                return shown, "closed by Tomcat before the body was sent", None, b""
            return shown, "no answer: %s" % error, None, b""

    started_at = time.time()
    with ThreadPoolExecutor(8) as pool:
        for shown, status, content_type, body in pool.map(one, range(count)):
            statuses[str(status)[:40]] += 1
            if status == "closed by Tomcat before the body was sent":
                continue
            if isinstance(status, str) or status >= 500:
                server_errors.append((shown, status, body[:200]))
            elif status >= 400 and (body or status != 406) and not (content_type or "").startswith("application/problem+json"):
                non_problems.append((shown, status, content_type, body[:200]))
    print("  %d requests in %.0f s over %d operations: %s" % (count, time.time() - started_at, len(operations),
                                                            dict(sorted(statuses.items()))))
    for failure in (server_errors + non_problems)[:10]:
        print("   ", failure)
    check(results, "no 500 and no request left without an answer", not server_errors)
    check(results, "every error answer is application/problem+json", not non_problems)
    service.stop()


SCENARIOS = {"kill": scenario_kill, "broker": scenario_broker, "database": scenario_database,
             "instances": scenario_instances, "fuzz": scenario_fuzz}


def main():
    names = sys.argv[1:] or ["all"]
    names = list(SCENARIOS) if names == ["all"] else names
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown:
        raise SystemExit(__doc__)
    os.makedirs(RESULTS, exist_ok=True)
    results = []
    for name in names:
        fresh_database()
        try:
            SCENARIOS[name](results)
        finally:
            for service in Service.running:
                service.stop()
            Service.running.clear()
            fresh_database()
        print()
    print("%d of %d promises held" % (sum(results), len(results)))
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
