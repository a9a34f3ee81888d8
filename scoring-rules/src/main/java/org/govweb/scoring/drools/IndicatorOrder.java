package org.govweb.scoring.drools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders indicator and group IDs as the checklist does: website vetoes, new-media vetoes, deduction
 * groups, bonus groups, annual rules, procedure steps; numbers compared as numbers (D1.9 before D1.10).
 */
public final class IndicatorOrder implements Comparator<String> {
    /** The shared instance. */
    public static final IndicatorOrder INSTANCE = new IndicatorOrder();
    private static final List<String> PREFIXES = List.of("VW", "VM", "D", "B", "A", "P", "W", "EW");

    private IndicatorOrder() {
    }

    @Override
    public int compare(String a, String b) {
        String pa = prefix(a);
        String pb = prefix(b);
        int ra = rank(pa);
        int rb = rank(pb);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        if (!pa.equals(pb)) {
            return pa.compareTo(pb);
        }
        List<Integer> na = numbers(a.substring(pa.length()));
        List<Integer> nb = numbers(b.substring(pb.length()));
        for (int i = 0; i < Math.min(na.size(), nb.size()); i++) {
            int c = Integer.compare(na.get(i), nb.get(i));
            if (c != 0) {
                return c;
            }
        }
        if (na.size() != nb.size()) {
            return Integer.compare(na.size(), nb.size());
        }
        return a.compareTo(b);
    }

    private static String prefix(String id) {
        int i = 0;
        while (i < id.length() && Character.isLetter(id.charAt(i))) {
            i++;
        }
        return id.substring(0, i);
    }

    private static int rank(String prefix) {
        int r = PREFIXES.indexOf(prefix);
        return r < 0 ? PREFIXES.size() : r;
    }

    private static List<Integer> numbers(String rest) {
        List<Integer> out = new ArrayList<>();
        for (String part : rest.split("\\.")) {
            if (!part.isEmpty() && part.chars().allMatch(Character::isDigit) && part.length() < 9) {
                out.add(Integer.parseInt(part));
            } else if (!part.isEmpty()) {
                out.add(Integer.MAX_VALUE);
            }
        }
        return out;
    }
}
