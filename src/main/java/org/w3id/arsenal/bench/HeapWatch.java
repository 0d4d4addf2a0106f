package org.w3id.arsenal.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap and GC figures over one measured pass. The peak is the sum of each heap pool's peak since {@link #start()}:
 * pools peak at different moments, so the sum is an upper bound of the real peak (and what the heap had to be
 * sized for), not the live data.
 */
final class HeapWatch {

    private final long gcCount0;
    private final long gcMillis0;

    private HeapWatch(long gcCount0, long gcMillis0) {
        this.gcCount0 = gcCount0;
        this.gcMillis0 = gcMillis0;
    }

    /** Resets the pools' peaks and remembers the GC counters. */
    static HeapWatch start() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid()) p.resetPeakUsage();
        }
        return new HeapWatch(gcCount(), gcMillis());
    }

    long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid() && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    long gcCountSinceStart() {
        return gcCount() - gcCount0;
    }

    long gcMillisSinceStart() {
        return gcMillis() - gcMillis0;
    }

    /** Heap in use right after a full collection: roughly what the models and reference data keep alive. */
    static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // A collector that cannot tell reports -1; count it as 0 rather than subtract garbage.
    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    private static long gcMillis() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionTime());
        }
        return n;
    }
}
