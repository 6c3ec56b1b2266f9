package org.plenary.notes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Free tags ("labour", "gender", "return"): lower case, single spaces, no commas, each once, in the order written. */
public final class Tags {

    static final int MAX_LENGTH = 60;

    private Tags() {}

    public static List<String> parse(String written) {
        if (written == null || written.isBlank()) {
            return List.of();
        }
        return normalize(Arrays.asList(written.split("[,;\\n]")));
    }

    static List<String> normalize(Collection<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag == null) {
                continue;
            }
            String t = tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (t.startsWith("#")) {
                t = t.substring(1).strip();
            }
            if (!t.isEmpty()) {
                clean.add(t);
            }
        }
        return List.copyOf(new ArrayList<>(clean));
    }

    public static String join(Collection<String> tags) {
        return String.join(", ", tags);
    }
}
