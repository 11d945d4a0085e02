package org.dateline.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;

/**
 * Merges forced down to several segments yield segments of about the same number of documents, where Lucene's own
 * policy left one segment with four fifths of a rebuilt index: a search splits into one slice per segment, and the
 * largest slice is what it waits for. Every other merge is the wrapped policy's.
 */
final class EvenForcedMerges extends FilterMergePolicy {

    EvenForcedMerges(MergePolicy in) {
        super(in);
    }

    @Override
    public MergeSpecification findForcedMerges(
            SegmentInfos infos,
            int maxSegmentCount,
            Map<SegmentCommitInfo, Boolean> segmentsToMerge,
            MergeContext context)
            throws IOException {
        if (maxSegmentCount <= 1) {
            return in.findForcedMerges(infos, maxSegmentCount, segmentsToMerge, context);
        }
        if (infos.size() <= maxSegmentCount) {
            return null;
        }
        List<SegmentCommitInfo> eligible = new ArrayList<>();
        for (SegmentCommitInfo info : infos) {
            if (segmentsToMerge.containsKey(info)
                    && !context.getMergingSegments().contains(info)) {
                eligible.add(info);
            }
        }
        // The largest first, each into the group with the fewest documents so far.
        eligible.sort(Comparator.comparingInt((SegmentCommitInfo info) -> documents(info))
                .reversed());
        List<List<SegmentCommitInfo>> groups = new ArrayList<>();
        long[] sizes = new long[maxSegmentCount];
        for (int g = 0; g < maxSegmentCount; g++) {
            groups.add(new ArrayList<>());
        }
        for (SegmentCommitInfo info : eligible) {
            int smallest = 0;
            for (int g = 1; g < maxSegmentCount; g++) {
                if (sizes[g] < sizes[smallest]) {
                    smallest = g;
                }
            }
            groups.get(smallest).add(info);
            sizes[smallest] += documents(info);
        }
        MergeSpecification merges = new MergeSpecification();
        for (List<SegmentCommitInfo> group : groups) {
            if (group.size() > 1) {
                merges.add(new OneMerge(group));
            }
        }
        return merges.merges.isEmpty() ? null : merges;
    }

    private static int documents(SegmentCommitInfo info) {
        return info.info.maxDoc() - info.getDelCount();
    }
}
