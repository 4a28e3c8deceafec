package io.ssi.core;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A score's four pillar scores as an unmodifiable map in pillar order: one array by ordinal,
 * where an {@code EnumMap} behind an unmodifiable view kept three objects and a table. A
 * stored score holds one of these, so it is as small as it can be; it equals, hashes and
 * prints as any map of the same pillars.
 */
final class PillarScores extends AbstractMap<Pillar, PillarScore> {

    private static final Pillar[] PILLARS = Pillar.values();

    private final PillarScore[] scores;

    /** @param scores one score per pillar, by ordinal, none null; kept, not copied */
    PillarScores(PillarScore[] scores) {
        this.scores = scores;
    }

    @Override
    public PillarScore get(Object key) {
        return key instanceof Pillar p ? scores[p.ordinal()] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof Pillar;
    }

    @Override
    public int size() {
        return scores.length;
    }

    @Override
    public Set<Entry<Pillar, PillarScore>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Pillar, PillarScore>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < scores.length;
                    }

                    @Override
                    public Entry<Pillar, PillarScore> next() {
                        if (next >= scores.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return Map.entry(PILLARS[i], scores[i]);
                    }
                };
            }

            @Override
            public int size() {
                return scores.length;
            }
        };
    }
}
