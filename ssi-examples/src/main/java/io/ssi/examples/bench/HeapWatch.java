package io.ssi.examples.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak live heap of a long run: after every garbage collection, the heap still in use. It
 * samples at collections only, so it is an upper bound on what was live (a young collection
 * leaves old garbage in place) taken at the moments the heap was fullest.
 */
final class HeapWatch {

    private HeapWatch() {
    }

    /**
     * Starts keeping the largest heap in use after any collection in {@code peak}.
     *
     * @param peak where the peak goes
     * @return stops watching
     */
    static Runnable start(AtomicLong peak) {
        NotificationListener listener = (notification, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long after = 0;
            for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                after += u.getUsed();
            }
            peak.accumulateAndGet(after, Math::max);
        };
        List<NotificationEmitter> emitters = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            NotificationEmitter emitter = (NotificationEmitter) gc;
            emitter.addNotificationListener(listener, null, null);
            emitters.add(emitter);
        }
        return () -> {
            for (NotificationEmitter e : emitters) {
                try {
                    e.removeNotificationListener(listener);
                } catch (ListenerNotFoundException ignored) {
                    // Already gone: nothing to stop.
                }
            }
        };
    }
}
