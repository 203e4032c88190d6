package id.dukcapilceria.kk.portal.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page timings under a small load (issue 6): simulated officers sign in and, for the given time,
 * open their worklist page and then one application of it (the PrimeFaces ajax request the
 * "Pilih" button sends), as fast as the server answers. Prints the median and p95 per kind of
 * request. Run against a portal started with many applications; see docs/performance.md.
 *
 * <p>System properties: {@code load.url} (default http://localhost:8080), {@code load.users} (20),
 * {@code load.seconds} (60), {@code load.warmup} (10 seconds, not counted), {@code load.serverPid}
 * (optional, Linux: the portal's process, whose CPU time per answer is then printed too: a figure
 * that depends less on how busy the machine is than the times are), {@code load.officers}
 * (optional: a comma-separated choice of the usernames below, to measure one page alone).
 */
public final class WorklistLoadHarness {

  private static final Pattern VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState[^>]*value=\"([^\"]+)\"");
  /** PrimeFaces' CSP nonce of the page, which its ajax requests send back. */
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  /** A row's "Pilih": the application's id, which the page's remote command f:select sends. */
  private static final Pattern SELECT_BUTTON = Pattern.compile("data-id=\"(\\d+)\"");
  private static final String SELECT_COMMAND = "f:select";

  /** Who the simulated officers are, in turn: the Dinas operators and Kasi/Kabid, and the nagari. */
  private static final List<String[]> OFFICERS = List.of(
      new String[] {"operator", "/layanan/index.xhtml"},
      new String[] {"kasi", "/kasi/index.xhtml"},
      new String[] {"operator", "/layanan/index.xhtml"},
      new String[] {"nagari.lubukalung", "/nagari/index.xhtml"},
      new String[] {"kasi", "/kasi/index.xhtml"},
      new String[] {"nagari.katapiang", "/nagari/index.xhtml"});

  private final String base;
  private final Map<String, List<Long>> timings = new ConcurrentHashMap<>();
  private final AtomicInteger errors = new AtomicInteger();
  private final AtomicInteger retried = new AtomicInteger();
  /** Each officer's sign-in time, in the order they finished: a slow one measures fewer officers. */
  private final List<String> signedIn = new CopyOnWriteArrayList<>();
  /** How many worklist visits each officer made while measured: all should be alike. */
  private final List<AtomicInteger> cyclesPerOfficer = new CopyOnWriteArrayList<>();
  private volatile boolean counting;

  private WorklistLoadHarness(String base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    String url = System.getProperty("load.url", "http://localhost:8080");
    int users = Integer.getInteger("load.users", 20);
    int seconds = Integer.getInteger("load.seconds", 60);
    int warmup = Integer.getInteger("load.warmup", 10);
    new WorklistLoadHarness(url).run(users, seconds, warmup);
  }

  private void run(int users, int seconds, int warmup) throws Exception {
    List<String> chosen = List.of(System.getProperty("load.officers", "").split(","));
    List<String[]> officers = OFFICERS.stream().filter(o -> chosen.equals(List.of("")) || chosen.contains(o[0])).toList();
    if (officers.isEmpty()) {
      throw new IllegalArgumentException("load.officers names none of " + OFFICERS.stream().map(o -> o[0]).toList());
    }
    ExecutorService pool = Executors.newFixedThreadPool(users);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup + seconds);
    for (int i = 0; i < users; i++) {
      String[] officer = officers.get(i % officers.size());
      pool.submit(() -> officer(officer[0], officer[1], end));
    }
    Thread.sleep(TimeUnit.SECONDS.toMillis(warmup));
    String serverPid = System.getProperty("load.serverPid");
    double serverCpuBefore = serverPid == null ? 0 : cpuSeconds(serverPid);
    Duration ownCpuBefore = ownCpu();
    counting = true;
    Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
    counting = false;
    double serverCpu = serverPid == null ? 0 : cpuSeconds(serverPid) - serverCpuBefore;
    Duration ownCpu = ownCpu().minus(ownCpuBefore);
    pool.shutdown();
    pool.awaitTermination(60L, TimeUnit.SECONDS);
    System.out.printf(Locale.ROOT, "%d simulated officers, %d s measured after %d s warm-up, against %s%n",
        users, seconds, warmup, base);
    System.out.printf(Locale.ROOT, "%-28s %8s %10s %10s %10s%n", "request", "count", "median ms", "p95 ms", "max ms");
    for (String kind : new ArrayList<>(new java.util.TreeSet<>(timings.keySet()))) {
      List<Long> sorted = new ArrayList<>(timings.get(kind));
      Collections.sort(sorted);
      System.out.printf(Locale.ROOT, "%-28s %8d %10.1f %10.1f %10.1f%n", kind, sorted.size(),
          ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(sorted.get(sorted.size() - 1)));
    }
    System.out.println("errors: " + errors.get());
    System.out.println("signed in (" + signedIn.size() + " of " + users + "): " + signedIn);
    System.out.println("worklist visits per officer while measured: "
        + cyclesPerOfficer.stream().map(AtomicInteger::get).sorted().toList());
    System.out.println("requests sent again after the server closed a kept-alive connection: " + retried.get());
    long answers = timings.values().stream().mapToLong(List::size).sum();
    System.out.printf(Locale.ROOT, "CPU per answer while measured: harness %.1f ms%s%n",
        ownCpu.toNanos() / 1e6 / answers,
        serverPid == null ? "" : String.format(Locale.ROOT, ", server %.1f ms", serverCpu * 1000 / answers));
  }

  /** User and system CPU time of a process, from Linux's /proc/PID/stat (in clock ticks, 100 a second). */
  static double cpuSeconds(String pid) throws IOException {
    String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime, stime
  }

  private static Duration ownCpu() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  private void officer(String username, String page, long end) {
    try {
      HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
          .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
      long signInStart = System.nanoTime();
      signIn(client, username);
      signedIn.add(String.format(Locale.ROOT, "%s %.1f s", username, (System.nanoTime() - signInStart) / 1e9));
      AtomicInteger cycles = new AtomicInteger();
      cyclesPerOfficer.add(cycles);
      while (System.nanoTime() < end) {
        if (counting) {
          cycles.incrementAndGet();
        }
        long start = System.nanoTime();
        HttpResponse<String> list = send(client, HttpRequest.newBuilder(URI.create(base + page)).build());
        record("worklist page " + page.split("/")[1], start, list.statusCode() == 200, list);
        List<String> buttons = new ArrayList<>();
        Matcher button = SELECT_BUTTON.matcher(list.body());
        while (button.find()) {
          buttons.add(button.group(1));
        }
        Matcher viewState = VIEW_STATE.matcher(list.body());
        Matcher nonce = NONCE.matcher(list.body());
        if (buttons.isEmpty() || !viewState.find() || !nonce.find()) {
          continue; // the nagari's worklist has no "Pilih" buttons
        }
        String chosen = buttons.get(ThreadLocalRandom.current().nextInt(buttons.size()));
        String source = SELECT_COMMAND;
        String form = "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + enc(source)
            + "&jakarta.faces.partial.execute=" + enc(source)
            + "&jakarta.faces.partial.render=" + enc("f:detail-area f:messages")
            + "&" + enc(source) + "=" + enc(source) + "&id=" + enc(chosen)
            + "&f=f&primefaces.nonce=" + enc(nonce.group(1))
            + "&jakarta.faces.ViewState=" + enc(viewState.group(1));
        start = System.nanoTime();
        HttpResponse<String> detail = send(client, HttpRequest.newBuilder(URI.create(base + page))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        record("detail (ajax) " + page.split("/")[1], start,
            detail.statusCode() == 200 && detail.body().contains("detail-title"), detail);
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      errors.incrementAndGet();
      System.err.println(username + ": " + e);
    }
  }

  /**
   * Sends as a browser does: the server ends a kept-alive connection after 250 requests (Grizzly's
   * default), and a request that meets the closing connection is sent once more on a new one. The
   * time of both attempts counts; how often it happened is printed.
   */
  private HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException closed) {
      retried.incrementAndGet();
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }

  private void signIn(HttpClient client, String username) throws IOException, InterruptedException {
    client.send(HttpRequest.newBuilder(URI.create(base + "/ruang-kerja")).build(), HttpResponse.BodyHandlers.discarding());
    HttpResponse<Void> login = client.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("j_username=" + enc(username) + "&j_password=demo123")).build(),
        HttpResponse.BodyHandlers.discarding());
    if (!login.headers().firstValue("Location").orElse("").endsWith("/ruang-kerja")) {
      throw new IllegalStateException("login of " + username + " failed");
    }
    client.send(HttpRequest.newBuilder(URI.create(base + "/ruang-kerja")).build(), HttpResponse.BodyHandlers.discarding());
  }

  private void record(String kind, long start, boolean ok, HttpResponse<String> response) {
    long elapsed = System.nanoTime() - start;
    if (!ok && errors.incrementAndGet() <= 3) {
      String body = response.body();
      System.err.println("unexpected answer to " + kind + ": HTTP " + response.statusCode() + " "
          + body.substring(0, Math.min(300, body.length())).replaceAll("\\s+", " "));
    }
    if (counting) {
      timings.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>()).add(elapsed);
    }
  }

  private static long percentile(List<Long> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
