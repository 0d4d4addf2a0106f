package org.w3id.arsenal.export;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/** Cycle detection over blank-node-to-blank-node edges (iterative depth-first search, no recursion limit). */
final class BlankNodeCycles {

    private BlankNodeCycles() {}

    static boolean any(Map<Node, List<Node>> edges) {
        Map<Node, Integer> state = new HashMap<>(); // absent = unvisited, 1 = on the current path, 2 = done
        for (Node start : edges.keySet()) {
            if (state.containsKey(start)) continue;
            Deque<Node> path = new ArrayDeque<>();
            Deque<Integer> next = new ArrayDeque<>();
            path.push(start);
            next.push(0);
            state.put(start, 1);
            while (!path.isEmpty()) {
                List<Node> out = edges.getOrDefault(path.peek(), List.of());
                int i = next.pop();
                if (i == out.size()) {
                    state.put(path.pop(), 2);
                    continue;
                }
                next.push(i + 1);
                Node child = out.get(i);
                Integer s = state.get(child);
                if (s == null) {
                    state.put(child, 1);
                    path.push(child);
                    next.push(0);
                } else if (s == 1) {
                    return true;
                }
            }
        }
        return false;
    }
}
