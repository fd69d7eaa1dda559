package org.twir.archive.web.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Makes a failing request as small as it can while it still breaks the same property: drops parameters and
 * the body, halves and trims strings, replaces values with a single letter. Greedy: the first smaller variant
 * that still fails is kept, until none does or the budget of tries is spent.
 */
public final class Shrinker {

    private final Predicate<FuzzRequest> stillFails;
    private final int budget;

    public Shrinker(Predicate<FuzzRequest> stillFails, int budget) {
        this.stillFails = stillFails;
        this.budget = budget;
    }

    public FuzzRequest shrink(FuzzRequest failing) {
        FuzzRequest current = failing;
        int tries = 0;
        boolean progress = true;
        while (progress && tries < budget) {
            progress = false;
            for (FuzzRequest candidate : smaller(current)) {
                if (tries++ >= budget) {
                    break;
                }
                if (stillFails.test(candidate)) {
                    current = candidate;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    /** Smaller variants of {@code r}, the biggest reductions first. */
    static List<FuzzRequest> smaller(FuzzRequest r) {
        List<FuzzRequest> out = new ArrayList<>();
        List<Map.Entry<String, String>> query = r.query();
        for (int i = 0; i < query.size(); i++) {
            List<Map.Entry<String, String>> fewer = new ArrayList<>(query);
            fewer.remove(i);
            out.add(new FuzzRequest(r.method(), r.path(), fewer, r.contentType(), r.body()));
        }
        if (r.body() != null) {
            for (String body : shorter(r.body())) {
                out.add(new FuzzRequest(r.method(), r.path(), query, r.contentType(), body));
            }
        }
        for (int i = 0; i < query.size(); i++) {
            Map.Entry<String, String> p = query.get(i);
            for (String value : shorter(p.getValue())) {
                List<Map.Entry<String, String>> changed = new ArrayList<>(query);
                changed.set(i, Map.entry(p.getKey(), value));
                out.add(new FuzzRequest(r.method(), r.path(), changed, r.contentType(), r.body()));
            }
        }
        String[] segments = r.path().split("/", -1);
        if (segments.length > 0) {
            String last =
                    java.net.URLDecoder.decode(segments[segments.length - 1], java.nio.charset.StandardCharsets.UTF_8);
            for (String shorter : shorter(last)) {
                segments[segments.length - 1] = FuzzRequest.encode(shorter);
                out.add(new FuzzRequest(r.method(), String.join("/", segments), query, r.contentType(), r.body()));
            }
        }
        return out;
    }

    private static Set<String> shorter(String s) {
        Set<String> out = new LinkedHashSet<>();
        if (s.isEmpty()) {
            return out;
        }
        out.add("");
        if (s.length() > 1) {
            out.add(s.substring(0, s.length() / 2));
            out.add(s.substring(s.length() / 2));
            out.add(s.substring(1));
            out.add(s.substring(0, s.length() - 1));
            out.add("a");
        }
        out.remove(s);
        return out;
    }
}
