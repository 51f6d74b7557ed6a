package dev.interlock.ci;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A jcstress outcome histogram as a small inline SVG bar chart (log scale; bad outcomes in red). */
final class Histogram {

    private static final int BAR_WIDTH = 320;
    private static final int ROW = 18;
    private static final int LABEL = 150;

    private Histogram() {
    }

    /**
     * @param outcomes outcome → count
     * @param bad      the evidence's {@code badOutcomes} list (strings starting with {@code 'outcome'}), or null
     */
    static String svg(Map<?, ?> outcomes, Object bad) {
        List<String> badIds = new ArrayList<>();
        if (bad instanceof List<?> l) {
            for (Object o : l) {
                String s = String.valueOf(o);
                int a = s.indexOf('\''), b = s.indexOf('\'', a + 1);
                if (a >= 0 && b > a) badIds.add(s.substring(a + 1, b));
            }
        }
        double max = 1;
        for (Object n : outcomes.values()) max = Math.max(max, Math.log10(1 + ((Number) n).doubleValue()));
        StringBuilder svg = new StringBuilder();
        int height = ROW * outcomes.size() + 4;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"histogram\" width=\"").append(LABEL + BAR_WIDTH + 110)
                .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"outcome histogram\">");
        int y = 2;
        for (Map.Entry<?, ?> e : outcomes.entrySet()) {
            String id = String.valueOf(e.getKey());
            long n = ((Number) e.getValue()).longValue();
            int w = (int) Math.max(1, Math.round(BAR_WIDTH * Math.log10(1 + n) / max));
            boolean isBad = badIds.contains(id);
            svg.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 13)
                    .append("\" text-anchor=\"end\">").append(escape(id)).append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 2).append("\" width=\"").append(w)
                    .append("\" height=\"").append(ROW - 5).append("\" fill=\"").append(isBad ? "#c62828" : "#2e7d32")
                    .append("\"/>")
                    .append("<text x=\"").append(LABEL + w + 6).append("\" y=\"").append(y + 13).append("\">")
                    .append(String.format(Locale.ROOT, "%,d", n)).append(isBad ? " (bad)" : "").append("</text>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
