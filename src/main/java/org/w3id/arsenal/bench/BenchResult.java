package org.w3id.arsenal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one measured pass. Rates are over wall time, from the moment all threads are released to the
 * moment the last one finishes; the per-thread rate divides by the number of threads (one core each when there
 * are no more threads than processors), the per-CPU-second rate by the threads' summed CPU time.
 *
 * @param words        word tokens of the report bodies (see {@link ExtractionBenchmark} for how they are counted)
 * @param cpuNanos     summed CPU time of the worker threads, or -1 when the JVM cannot measure it
 * @param setupNanos   loading the models and the reference data (excluded from every rate)
 * @param heapAfterGc  heap in use after a full collection once the pass was over
 * @param loadAverage  the system's one-minute load average just before the pass (negative when unknown): on a
 *                     shared machine, other processes take cores from the workers and the rates drop
 */
public record BenchResult(int reports, long words, long claims, long quads, int threads, int warmupReports,
        long wallNanos, long cpuNanos, long setupNanos, long peakHeapBytes, long heapAfterGc, long gcCount,
        long gcMillis, double loadAverage) {

    /** The target, per core. */
    public static final double TARGET_WORDS_PER_CORE = 50_000;

    public double seconds() {
        return wallNanos / 1e9;
    }

    public double wordsPerSecond() {
        return words / seconds();
    }

    public double wordsPerSecondPerThread() {
        return wordsPerSecond() / threads;
    }

    /** Words per second of CPU time spent by the workers; NaN when CPU time is not measurable. */
    public double wordsPerCpuSecond() {
        return cpuNanos <= 0 ? Double.NaN : words / (cpuNanos / 1e9);
    }

    /**
     * The workers' CPU time over their wall time, 0 to 1: well below 1 means they waited for a core (other
     * processes on a shared machine, GC), so the wall-time rates understate the pipeline. NaN when unmeasurable.
     */
    public double cpuShare() {
        return cpuNanos <= 0 ? Double.NaN : cpuNanos / ((double) wallNanos * threads);
    }

    /** The target judged on wall time per thread, else (when the workers lacked CPU) on CPU time, else not met. */
    public String targetVerdict() {
        if (wordsPerSecondPerThread() >= TARGET_WORDS_PER_CORE) return "met";
        if (wordsPerCpuSecond() >= TARGET_WORDS_PER_CORE) {
            return "met on CPU time only (workers on CPU " + percent(cpuShare()) + " of the time: machine busy?)";
        }
        return "NOT met";
    }

    public double reportsPerSecond() {
        return reports / seconds();
    }

    public double claimsPerSecond() {
        return claims / seconds();
    }

    /** The figures as aligned "label  value" lines. */
    public List<String> lines() {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("reports", count(reports)));
        rows.add(row("words", count(words)));
        rows.add(row("claims", count(claims)));
        rows.add(row("RDF quads", count(quads)));
        rows.add(row("threads", count(threads)));
        rows.add(row("warm-up (excluded)", count(warmupReports) + " reports"));
        rows.add(row("model loading (excluded)", String.format(Locale.ROOT, "%.2f s", setupNanos / 1e9)));
        rows.add(row("wall time", String.format(Locale.ROOT, "%.3f s", seconds())));
        rows.add(row("words/s", rate(wordsPerSecond())));
        rows.add(row("words/s per thread", rate(wordsPerSecondPerThread())));
        rows.add(row("words per CPU-second", Double.isNaN(wordsPerCpuSecond()) ? "n/a" : rate(wordsPerCpuSecond())));
        rows.add(row("worker CPU share", Double.isNaN(cpuShare()) ? "n/a" : percent(cpuShare())));
        rows.add(row("reports/s", String.format(Locale.ROOT, "%,.1f", reportsPerSecond())));
        rows.add(row("claims/s", rate(claimsPerSecond())));
        rows.add(row("peak heap (sum of pool peaks)", mib(peakHeapBytes)));
        rows.add(row("heap after full GC", mib(heapAfterGc)));
        rows.add(row("GC", count(gcCount) + " collections, " + count(gcMillis) + " ms"));
        rows.add(row("load average before", loadAverage < 0 ? "n/a"
                : String.format(Locale.ROOT, "%.2f", loadAverage)));
        rows.add(row("target 50,000 words/s per core", targetVerdict()));
        return align(rows);
    }

    /** java.version, processors, max heap and the OS, aligned like {@link #lines()}. */
    public static List<String> environment() {
        Runtime rt = Runtime.getRuntime();
        List<String[]> rows = new ArrayList<>();
        rows.add(row("java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"));
        rows.add(row("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch")));
        rows.add(row("available processors", count(rt.availableProcessors())));
        rows.add(row("max heap", mib(rt.maxMemory())));
        return align(rows);
    }

    private static String[] row(String label, String value) {
        return new String[] {label, value};
    }

    private static List<String> align(List<String[]> rows) {
        int width = 0;
        for (String[] r : rows) width = Math.max(width, r[0].length());
        List<String> out = new ArrayList<>();
        for (String[] r : rows) out.add(String.format(Locale.ROOT, "  %-" + width + "s  %s", r[0], r[1]));
        return out;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String rate(double r) {
        return String.format(Locale.ROOT, "%,.0f", r);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
