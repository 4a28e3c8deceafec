package io.ssi.examples.cli;

import io.ssi.core.Pillar;
import io.ssi.core.ScoreBand;

import java.util.Locale;
import java.util.Map;

/**
 * The reports' own words, in English and German; any other language gets English (the
 * recommendations come in the advisor's languages).
 */
final class Words {

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("title", "Social Selling Index: team report"),
            Map.entry("textHeader", "SSI team report: %d members, as of %s (model %s)"),
            Map.entry("scale", "Each of the four pillars is worth up to 25 points; the SSI is their sum, 0 to 100."),
            Map.entry("team", "THE TEAM"),
            Map.entry("teamLine", "Average SSI %s, median %s. Weakest pillar: %s (average %s of 25)."),
            Map.entry("memberLine", "%s: SSI %s of 100, %s"),
            Map.entry("rankLine", "Team rank %d of %d (%s)."),
            Map.entry("trendLine", "Over the last 30 days: %s."),
            Map.entry("pillarLine", "%s of 25"),
            Map.entry("activities", "activities"),
            Map.entry("privacy", "Ranks and team figures are shown for teams of at least %d members."),
            Map.entry("asOf", "As of"),
            Map.entry("members", "members"),
            Map.entry("model", "model"),
            Map.entry("average", "Team average"),
            Map.entry("median", "Median"),
            Map.entry("weakest", "Weakest pillar"),
            Map.entry("leaderboard", "Leaderboard"),
            Map.entry("heatmap", "Pillars by member (points out of 25)"),
            Map.entry("member", "Member"),
            Map.entry("nextSteps", "Three best next steps"),
            Map.entry("noSteps", "Nothing to add: every pillar is as full as advice can make it."),
            Map.entry("last120", "The last 120 days"),
            Map.entry("trend", "30-day trend"),
            Map.entry("points", "points"),
            Map.entry("diagnostics", "Notes on the data"),
            Map.entry("withheld", "Ranks withheld"),
            Map.entry("timeZone", "time zone"),
            Map.entry("notCounted", "not counted: %d older than the 90-day window, %d after the report's date, %d duplicate rows, %d suspected duplicates"),
            Map.entry("incomplete", "a rule of %s failed and was left out"),
            Map.entry("rank", "Rank %d of %d"),
            Map.entry("IMPROVING", "improving"), Map.entry("STEADY", "steady"), Map.entry("DECLINING", "declining"),
            Map.entry("INSUFFICIENT_DATA", "not enough history yet"),
            Map.entry("LAGGARD", "Laggard"), Map.entry("DEVELOPING", "Developing"), Map.entry("GOOD", "Good"),
            Map.entry("LEADER", "Leader"),
            Map.entry("PROFESSIONAL_BRAND", "Professional brand"), Map.entry("FIND_RIGHT_PEOPLE", "Find the right people"),
            Map.entry("ENGAGE_WITH_INSIGHTS", "Engage with insights"),
            Map.entry("BUILD_RELATIONSHIPS", "Build relationships"),
            Map.entry("short.PROFESSIONAL_BRAND", "Brand"), Map.entry("short.FIND_RIGHT_PEOPLE", "Find"),
            Map.entry("short.ENGAGE_WITH_INSIGHTS", "Engage"), Map.entry("short.BUILD_RELATIONSHIPS", "Relate"));

    private static final Map<String, String> DE = Map.ofEntries(
            Map.entry("title", "Social Selling Index: Teambericht"),
            Map.entry("textHeader", "SSI-Teambericht: %d Mitglieder, Stand %s (Modell %s)"),
            Map.entry("scale", "Jede der vier Säulen ist bis zu 25 Punkte wert; der SSI ist ihre Summe, 0 bis 100."),
            Map.entry("team", "DAS TEAM"),
            Map.entry("teamLine", "Durchschnittlicher SSI %s, Median %s. Schwächste Säule: %s (Durchschnitt %s von 25)."),
            Map.entry("memberLine", "%s: SSI %s von 100, %s"),
            Map.entry("rankLine", "Rang %d von %d im Team (%s)."),
            Map.entry("trendLine", "In den letzten 30 Tagen: %s."),
            Map.entry("pillarLine", "%s von 25"),
            Map.entry("activities", "Aktivitäten"),
            Map.entry("privacy", "Ränge und Teamwerte werden ab %d Mitgliedern gezeigt."),
            Map.entry("asOf", "Stand"),
            Map.entry("members", "Mitglieder"),
            Map.entry("model", "Modell"),
            Map.entry("average", "Teamdurchschnitt"),
            Map.entry("median", "Median"),
            Map.entry("weakest", "Schwächste Säule"),
            Map.entry("leaderboard", "Rangliste"),
            Map.entry("heatmap", "Säulen je Mitglied (Punkte von 25)"),
            Map.entry("member", "Mitglied"),
            Map.entry("nextSteps", "Die drei besten nächsten Schritte"),
            Map.entry("noSteps", "Nichts hinzuzufügen: jede Säule ist so voll, wie Ratschläge sie machen können."),
            Map.entry("last120", "Die letzten 120 Tage"),
            Map.entry("trend", "Trend über 30 Tage"),
            Map.entry("points", "Punkte"),
            Map.entry("diagnostics", "Hinweise zu den Daten"),
            Map.entry("withheld", "Ränge zurückgehalten"),
            Map.entry("timeZone", "Zeitzone"),
            Map.entry("notCounted", "nicht gezählt: %d älter als das 90-Tage-Fenster, %d nach dem Berichtsdatum, %d doppelte Zeilen, %d vermutlich doppelte"),
            Map.entry("incomplete", "eine Regel von %s ist fehlgeschlagen und wurde ausgelassen"),
            Map.entry("rank", "Rang %d von %d"),
            Map.entry("IMPROVING", "steigend"), Map.entry("STEADY", "stabil"), Map.entry("DECLINING", "fallend"),
            Map.entry("INSUFFICIENT_DATA", "noch zu wenig Verlauf"),
            Map.entry("LAGGARD", "Nachzügler"), Map.entry("DEVELOPING", "Im Aufbau"), Map.entry("GOOD", "Gut"),
            Map.entry("LEADER", "Spitze"),
            Map.entry("PROFESSIONAL_BRAND", "Professionelle Marke"), Map.entry("FIND_RIGHT_PEOPLE", "Die richtigen Personen finden"),
            Map.entry("ENGAGE_WITH_INSIGHTS", "Mit Insights interagieren"),
            Map.entry("BUILD_RELATIONSHIPS", "Beziehungen aufbauen"),
            Map.entry("short.PROFESSIONAL_BRAND", "Marke"), Map.entry("short.FIND_RIGHT_PEOPLE", "Finden"),
            Map.entry("short.ENGAGE_WITH_INSIGHTS", "Interagieren"), Map.entry("short.BUILD_RELATIONSHIPS", "Beziehungen"));

    private final Map<String, String> words;
    private final Locale locale;

    Words(Locale locale) {
        this.locale = "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        this.words = this.locale == Locale.GERMAN ? DE : EN;
    }

    Locale locale() {
        return locale;
    }

    String get(String key) {
        return words.get(key);
    }

    String format(String key, Object... args) {
        return String.format(locale, words.get(key), args);
    }

    String pillar(Pillar p) {
        return words.get(p.name());
    }

    String shortPillar(Pillar p) {
        return words.get("short." + p.name());
    }

    String band(ScoreBand b) {
        return words.get(b.name());
    }

    /** One decimal in the reader's locale: 15.8 or 15,8. */
    String number(double value) {
        return String.format(locale, "%.1f", value);
    }
}
