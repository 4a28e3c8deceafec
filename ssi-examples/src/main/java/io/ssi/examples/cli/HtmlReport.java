package io.ssi.examples.cli;

import io.ssi.core.BandThresholds;
import io.ssi.core.Pillar;
import io.ssi.core.Recommendation;
import io.ssi.core.ScoreBand;
import io.ssi.core.SsiScore;
import io.ssi.core.Standing;
import io.ssi.core.Trend;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The team's report as one self-contained HTML file: inline CSS and SVG, no script, no network.
 * The team comes first (average and median, the weakest pillar, the leaderboard and a member
 * by pillar heat map), then each member: the total on a 0 to 100 dial with its band, the four
 * pillar bars out of 25, the last 120 days as a line with the band thresholds, and the three
 * best next steps in the reader's language. The layout reflows from a phone's 390 pixels to a
 * desktop's width. Stateless.
 */
public final class HtmlReport {

    /** Next steps shown for each member. */
    static final int NEXT_STEPS = 3;

    private static final String CSS = """
            *{box-sizing:border-box}
            body{margin:0;background:#f4f6f9;color:#1d2733;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
            main{max-width:1120px;margin:0 auto;padding:24px 16px 48px}
            h1{font-size:26px;margin:0 0 4px}
            h2{font-size:19px;margin:0 0 12px}
            h3{font-size:14px;margin:0 0 8px;color:#4a5a6b;text-transform:uppercase;letter-spacing:.04em}
            .sub{color:#5b6b7c;margin:0 0 20px}
            .card{background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(20,30,50,.12);padding:18px;margin:0 0 18px;min-width:0}
            .kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:12px;margin:0 0 18px}
            .kpi{background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(20,30,50,.12);padding:14px 16px}
            .kpi span{display:block;color:#5b6b7c;font-size:13px}
            .kpi b{font-size:28px;line-height:1.2;overflow-wrap:anywhere}
            .kpi b.word{font-size:20px}
            .kpi small{display:block;color:#5b6b7c}
            .team{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:18px;margin:0 0 18px}
            .team .card{margin:0}
            ol.board{list-style:none;margin:0;padding:0}
            ol.board li{display:grid;grid-template-columns:22px minmax(0,1fr) 90px 44px;gap:8px;align-items:center;padding:5px 0;border-bottom:1px solid #eef1f5}
            ol.board .nm{overflow-wrap:anywhere}
            ol.board svg{width:100%;height:10px;display:block}
            ol.board b{text-align:right}
            table.heat{width:100%;border-collapse:separate;border-spacing:3px;table-layout:fixed;font-size:13px}
            table.heat th{font-weight:600;color:#4a5a6b;text-align:center;font-size:12px;overflow:hidden;text-overflow:ellipsis}
            table.heat th:first-child{text-align:left;width:34%}
            table.heat td{text-align:center;border-radius:6px;padding:6px 2px;font-variant-numeric:tabular-nums}
            table.heat td:first-child{text-align:left;background:none;overflow-wrap:anywhere}
            .member{display:grid;grid-template-columns:minmax(0,240px) minmax(0,1fr);gap:8px 24px;align-items:start}
            .member h2{grid-column:1/-1;margin:0}
            .member .meta{grid-column:1/-1;color:#5b6b7c;margin:-6px 0 6px}
            .dial{width:100%;max-width:240px;height:auto;display:block}
            .pillar{margin:0 0 10px}
            .pillar div{display:flex;justify-content:space-between;gap:8px;font-size:14px}
            .pillar svg{width:100%;height:12px;display:block}
            .line{width:100%;height:auto;display:block}
            .lower{grid-column:1/-1;display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px 28px;margin-top:6px}
            ol.steps{margin:0;padding-left:20px}
            ol.steps li{margin:0 0 6px}
            ol.steps .gain{font-weight:600;color:#237a3b;white-space:nowrap}
            .band{display:inline-block;border-radius:999px;padding:1px 10px;font-size:13px;font-weight:600;color:#fff}
            .LAGGARD{background:#c9463d}.DEVELOPING{background:#d98a1c}.GOOD{background:#2e9a4c}.LEADER{background:#2368c4}
            .notes{color:#5b6b7c;font-size:13px}
            .notes li{overflow-wrap:anywhere}
            @media (max-width:640px){.member{grid-template-columns:minmax(0,1fr)}.dial{margin:0 auto}h1{font-size:22px}}
            """;

    private final Words words;

    /**
     * A report in the given language (English or German; any other gets English).
     *
     * @param locale the reader's language
     */
    public HtmlReport(Locale locale) {
        this.words = new Words(locale);
    }

    /**
     * Renders the report.
     *
     * @param team the scored team
     * @return one HTML document
     */
    public String render(TeamScores team) {
        StringBuilder h = new StringBuilder(64 * 1024);
        String lang = words.locale().getLanguage();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(words.get("title"))).append("</title><style>").append(CSS)
                .append("</style></head><body><main>\n");
        h.append("<h1>").append(esc(words.get("title"))).append("</h1>");
        h.append("<p class=\"sub\">").append(esc(words.get("asOf"))).append(' ').append(esc(date(team)))
                .append(" · ").append(team.members().size()).append(' ').append(esc(words.get("members")))
                .append(" · ").append(esc(words.get("model"))).append(' ').append(esc(team.modelVersion()))
                .append("</p>\n");
        teamPart(team, h);
        for (TeamScores.Member m : team.members()) {
            member(team, m, h);
        }
        notes(team, h);
        h.append("</main></body></html>\n");
        return h.toString();
    }

    private String date(TeamScores team) {
        return LocalDate.ofInstant(team.asOf(), ZoneOffset.UTC)
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(words.locale()));
    }

    private void teamPart(TeamScores team, StringBuilder h) {
        Pillar weakest = team.weakestPillar();
        h.append("<div class=\"kpis\">");
        kpi(h, words.get("average"), words.number(team.averageTotal()), "/ 100");
        kpi(h, words.get("median"), words.number(team.medianTotal()), "/ 100");
        kpi(h, words.get("weakest"), words.pillar(weakest), words.number(team.average(weakest)) + " / 25 "
                + words.get("points"));
        h.replace(h.lastIndexOf("<b>"), h.lastIndexOf("<b>") + 3, "<b class=\"word\">");
        h.append("</div>\n<div class=\"team\">");
        h.append("<section class=\"card\" id=\"leaderboard\"><h2>").append(esc(words.get("leaderboard")))
                .append("</h2><ol class=\"board\">");
        List<TeamScores.Member> ranked = team.byTotal();
        for (int i = 0; i < ranked.size(); i++) {
            TeamScores.Member m = ranked.get(i);
            SsiScore s = m.score();
            Optional<Standing> st = team.statistics().flatMap(x -> x.standing(m.id()));
            h.append("<li><span>").append(st.map(x -> Integer.toString(x.rank())).orElse(Integer.toString(i + 1)))
                    .append("</span><span class=\"nm\">").append(esc(m.name())).append("</span>")
                    .append("<svg viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">")
                    .append("<rect width=\"100\" height=\"10\" rx=\"5\" fill=\"#e7ebf0\"/>")
                    .append("<rect width=\"").append(fmt(s.total())).append("\" height=\"10\" rx=\"5\" fill=\"")
                    .append(color(s.band())).append("\"/></svg><b>").append(esc(words.number(s.total())))
                    .append("</b></li>");
        }
        h.append("</ol>");
        if (team.statistics().isEmpty() && !team.members().isEmpty()) {
            h.append("<p class=\"notes\">").append(esc(words.get("withheld"))).append(": ")
                    .append(esc(team.withheldBecause())).append("</p>");
        }
        h.append("</section>");
        h.append("<section class=\"card\" id=\"heatmap\"><h2>").append(esc(words.get("heatmap")))
                .append("</h2><table class=\"heat\"><thead><tr><th>").append(esc(words.get("member"))).append("</th>");
        for (Pillar p : Pillar.values()) {
            h.append("<th title=\"").append(esc(words.pillar(p))).append("\">").append(esc(words.shortPillar(p)))
                    .append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (TeamScores.Member m : team.members()) {
            h.append("<tr><td>").append(esc(m.name())).append("</td>");
            for (Pillar p : Pillar.values()) {
                double v = m.score().pillar(p).points();
                h.append("<td style=\"background:").append(heat(v)).append("\">").append(esc(words.number(v)))
                        .append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table></section></div>\n");
    }

    private static void kpi(StringBuilder h, String label, String value, String note) {
        h.append("<div class=\"kpi\"><span>").append(esc(label)).append("</span><b>").append(esc(value))
                .append("</b><small>").append(esc(note)).append("</small></div>");
    }

    private void member(TeamScores team, TeamScores.Member m, StringBuilder h) {
        SsiScore s = m.score();
        h.append("<section class=\"card member\" id=\"member-").append(esc(m.id())).append("\">");
        h.append("<h2>").append(esc(m.name())).append("</h2><p class=\"meta\">");
        Optional<Standing> st = team.statistics().flatMap(x -> x.standing(m.id()));
        st.ifPresent(x -> h.append(esc(words.format("rank", x.rank(), x.cohortSize()))).append(" · "));
        Trend t = m.trend();
        h.append(esc(words.get("trend"))).append(": ").append(esc(words.get(t.direction().name())));
        if (t.direction() != Trend.Direction.INSUFFICIENT_DATA) {
            h.append(" (").append(t.totalChange() >= 0 ? "+" : "").append(esc(words.number(t.totalChange())))
                    .append(')');
        }
        h.append("</p><div>");
        dial(s, team.thresholds(), h);
        h.append("</div><div>");
        for (Pillar p : Pillar.values()) {
            double v = s.pillar(p).points();
            h.append("<div class=\"pillar\"><div><span>").append(esc(words.pillar(p))).append("</span><b>")
                    .append(esc(words.number(v))).append(" / 25</b></div>")
                    .append("<svg class=\"bar\" viewBox=\"0 0 250 12\" preserveAspectRatio=\"none\" aria-hidden=\"true\">")
                    .append("<rect width=\"250\" height=\"12\" rx=\"6\" fill=\"#e7ebf0\"/>")
                    .append("<rect class=\"fill\" width=\"").append(fmt(v * 10)).append("\" height=\"12\" rx=\"6\" fill=\"")
                    .append(heatStrong(v)).append("\"/></svg></div>");
        }
        h.append("</div><div class=\"lower\"><div><h3>").append(esc(words.get("last120"))).append("</h3>");
        line(m.history(), team.thresholds(), h);
        h.append("</div><div><h3>").append(esc(words.get("nextSteps"))).append("</h3>");
        List<Recommendation> steps = m.recommendations().subList(0, Math.min(NEXT_STEPS, m.recommendations().size()));
        if (steps.isEmpty()) {
            h.append("<p>").append(esc(words.get("noSteps"))).append("</p>");
        } else {
            h.append("<ol class=\"steps\">");
            for (Recommendation r : steps) {
                h.append("<li><span class=\"gain\">+").append(esc(words.number(r.expectedGain()))).append("</span> ")
                        .append(esc(r.message())).append("</li>");
            }
            h.append("</ol>");
        }
        h.append("</div></div></section>\n");
    }

    private void dial(SsiScore s, BandThresholds t, StringBuilder h) {
        h.append("<svg class=\"dial\" viewBox=\"0 0 200 124\" role=\"img\" aria-label=\"")
                .append(esc(words.number(s.total()))).append(" / 100\">");
        double[] edges = {0, t.developing(), t.good(), t.leader(), 100};
        ScoreBand[] bands = ScoreBand.values();
        for (int i = 0; i < 4; i++) {
            h.append("<path d=\"").append(arc(edges[i], edges[i + 1], 88)).append("\" stroke=\"").append(color(bands[i]))
                    .append("\" stroke-opacity=\".35\" stroke-width=\"6\" fill=\"none\"/>");
        }
        h.append("<path d=\"").append(arc(0, 100, 72)).append("\" stroke=\"#e7ebf0\" stroke-width=\"16\" fill=\"none\" stroke-linecap=\"round\"/>");
        if (s.total() > 0.05) {
            h.append("<path class=\"value\" d=\"").append(arc(0, s.total(), 72)).append("\" stroke=\"")
                    .append(color(s.band())).append("\" stroke-width=\"16\" fill=\"none\" stroke-linecap=\"round\"/>");
        }
        h.append("<text x=\"100\" y=\"92\" text-anchor=\"middle\" font-size=\"34\" font-weight=\"700\" fill=\"#1d2733\">")
                .append(esc(words.number(s.total()))).append("</text>")
                .append("<text x=\"100\" y=\"116\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"600\" fill=\"")
                .append(color(s.band())).append("\">").append(esc(words.band(s.band()))).append("</text></svg>");
    }

    /** An arc of the dial from one value to another (0 to 100 runs left to right over the top). */
    private static String arc(double from, double to, double r) {
        double a0 = Math.PI * Math.max(0, Math.min(100, from)) / 100;
        double a1 = Math.PI * Math.max(0, Math.min(100, to)) / 100;
        return "M" + fmt(100 - r * Math.cos(a0)) + " " + fmt(100 - r * Math.sin(a0)) + " A" + fmt(r) + " " + fmt(r)
                + " 0 0 1 " + fmt(100 - r * Math.cos(a1)) + " " + fmt(100 - r * Math.sin(a1));
    }

    private void line(List<TeamScores.Day> history, BandThresholds t, StringBuilder h) {
        double x0 = 34;
        double x1 = 392;
        double y0 = 12;
        double y1 = 132;
        h.append("<svg class=\"line\" viewBox=\"0 0 400 150\" role=\"img\" aria-label=\"")
                .append(esc(words.get("last120"))).append("\">");
        for (double v : new double[] {t.developing(), t.good(), t.leader()}) {
            double y = y1 - (y1 - y0) * v / 100;
            h.append("<line x1=\"").append(fmt(x0)).append("\" x2=\"").append(fmt(x1)).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#b8c2cc\" stroke-dasharray=\"4 4\"/>")
                    .append("<text x=\"").append(fmt(x0 - 4)).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#5b6b7c\">").append(Math.round(v)).append("</text>");
        }
        h.append("<line x1=\"").append(fmt(x0)).append("\" x2=\"").append(fmt(x1)).append("\" y1=\"").append(fmt(y1))
                .append("\" y2=\"").append(fmt(y1)).append("\" stroke=\"#8a97a5\"/>");
        if (!history.isEmpty()) {
            StringBuilder pts = new StringBuilder();
            int n = history.size();
            for (int i = 0; i < n; i++) {
                double x = n == 1 ? x1 : x0 + (x1 - x0) * i / (n - 1);
                double y = y1 - (y1 - y0) * history.get(i).total() / 100;
                pts.append(i == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
            }
            TeamScores.Day last = history.get(n - 1);
            h.append("<polyline points=\"").append(pts).append("\" fill=\"none\" stroke=\"").append(color(last.band()))
                    .append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>");
            DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(words.locale());
            h.append("<text x=\"").append(fmt(x0)).append("\" y=\"147\" font-size=\"11\" fill=\"#5b6b7c\">")
                    .append(esc(LocalDate.ofInstant(history.get(0).asOf(), ZoneOffset.UTC).format(f))).append("</text>")
                    .append("<text x=\"").append(fmt(x1)).append("\" y=\"147\" font-size=\"11\" text-anchor=\"end\" fill=\"#5b6b7c\">")
                    .append(esc(LocalDate.ofInstant(last.asOf(), ZoneOffset.UTC).format(f))).append("</text>");
        }
        h.append("</svg>");
    }

    private void notes(TeamScores team, StringBuilder h) {
        h.append("<section class=\"card notes\" id=\"notes\"><h2>").append(esc(words.get("diagnostics")))
                .append("</h2><ul>");
        for (TeamScores.Member m : team.members()) {
            SsiScore s = m.score();
            h.append("<li>").append(esc(m.name())).append(": ").append(esc(words.get("timeZone"))).append(' ')
                    .append(esc(m.profile().timeZone().getId())).append("; ").append(esc(words.format("notCounted",
                            s.ignored().beforeWindow(), s.ignored().afterAsOf(), s.ignored().duplicates(),
                            s.ignored().suspectedDuplicates())));
            s.failures().forEach(f -> h.append("; ").append(esc(words.format("incomplete", words.pillar(f.pillar())))));
            h.append("</li>");
        }
        for (String d : team.diagnostics()) {
            h.append("<li>").append(esc(d)).append("</li>");
        }
        h.append("</ul></section>\n");
    }

    static String color(ScoreBand band) {
        return switch (band) {
            case LAGGARD -> "#c9463d";
            case DEVELOPING -> "#d98a1c";
            case GOOD -> "#2e9a4c";
            case LEADER -> "#2368c4";
        };
    }

    /** A light background from red (0 points) through amber to green (25). */
    private static String heat(double points) {
        double f = Math.max(0, Math.min(1, points / Pillar.MAX_POINTS));
        return "hsl(" + Math.round(f * 125) + ",62%," + Math.round(84 - 6 * f) + "%)";
    }

    private static String heatStrong(double points) {
        double f = Math.max(0, Math.min(1, points / Pillar.MAX_POINTS));
        return "hsl(" + Math.round(f * 125) + ",62%,47%)";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
