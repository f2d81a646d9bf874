package careeratlas.paths;

import careeratlas.catalog.Vocabulary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roles as a graph. The distance between two roles is the Jaccard distance of their sets of skills and tools (1
 * minus the share of the union that both ask for): 0 for the same sets, 1 for nothing in common. Each role is joined
 * to its {@link #NEIGHBOURS} closest roles (and so to every role that has it among its closest); a join costs its
 * distance, and the path between two roles is the cheapest chain of joins (Dijkstra). On a graph where every two
 * roles were joined the direct move would always win, because the Jaccard distance obeys the triangle inequality;
 * joining only close roles makes the path pass through the roles that share the most with both ends.
 */
final class RoleGraph {

    static final int NEIGHBOURS = 3;

    private final Map<String, Set<String>> items;
    private final Map<String, Set<String>> joined = new HashMap<>();

    /** Each role's items, in a fixed order (the order decides between equal distances and equal paths). */
    RoleGraph(Map<String, Set<String>> items, int neighbours) {
        this.items = items;
        items.keySet().forEach(r -> joined.put(r, new HashSet<>()));
        for (String r : items.keySet()) {
            items.keySet().stream().filter(o -> !o.equals(r))
                    .sorted(java.util.Comparator.comparingDouble(o -> distance(r, o)))
                    .limit(neighbours).forEach(o -> {
                        joined.get(r).add(o);
                        joined.get(o).add(r);
                    });
        }
    }

    /** Skills and tools of every role, as "skill:python" and "tool:pandas". */
    static RoleGraph of(Vocabulary vocabulary) {
        Map<String, Set<String>> items = new LinkedHashMap<>();
        for (Vocabulary.RoleNeeds r : vocabulary.roles()) {
            Set<String> set = new HashSet<>();
            r.skills().forEach(n -> set.add("skill:" + n.slug()));
            r.tools().forEach(n -> set.add("tool:" + n.slug()));
            items.put(r.slug(), set);
        }
        return new RoleGraph(items, NEIGHBOURS);
    }

    static double jaccardDistance(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        long both = a.stream().filter(b::contains).count();
        return 1 - (double) both / union.size();
    }

    double distance(String from, String to) {
        return jaccardDistance(items.get(from), items.get(to));
    }

    boolean joined(String a, String b) {
        return joined.get(a).contains(b);
    }

    /**
     * The cheapest chain of joined roles from {@code from} to {@code to}, both included (Dijkstra); the direct move
     * when no chain joins them.
     */
    List<String> shortestPath(String from, String to) {
        Map<String, Double> best = new HashMap<>();
        Map<String, String> previous = new HashMap<>();
        Set<String> done = new HashSet<>();
        items.keySet().forEach(r -> best.put(r, Double.POSITIVE_INFINITY));
        best.put(from, 0.0);
        while (done.size() < items.size()) {
            String current = null;
            for (String r : items.keySet()) {
                if (!done.contains(r) && (current == null || best.get(r) < best.get(current))) {
                    current = r;
                }
            }
            if (current == null || current.equals(to) || best.get(current).isInfinite()) {
                break;
            }
            done.add(current);
            for (String next : items.keySet()) {
                if (done.contains(next) || !joined(current, next)) {
                    continue;
                }
                double via = best.get(current) + distance(current, next);
                if (via < best.get(next) - 1e-12) {
                    best.put(next, via);
                    previous.put(next, current);
                }
            }
        }
        if (!from.equals(to) && !previous.containsKey(to)) {
            return List.of(from, to);
        }
        List<String> path = new ArrayList<>();
        for (String r = to; r != null; r = previous.get(r)) {
            path.add(r);
        }
        Collections.reverse(path);
        return path;
    }

    /** The total cost of a path. */
    double cost(List<String> path) {
        double sum = 0;
        for (int i = 1; i < path.size(); i++) {
            sum += distance(path.get(i - 1), path.get(i));
        }
        return sum;
    }
}
