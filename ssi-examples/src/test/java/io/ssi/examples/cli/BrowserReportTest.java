package io.ssi.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ssi.core.Pillar;
import io.ssi.examples.SampleTeam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the sample team's HTML report in headless Chromium, as a manager would open it: takes a
 * screenshot, and checks, in the browser's own layout, that every member's name and total are
 * on the page, that every dial and bar is drawn, and that nothing sticks out of the page at
 * 1280 and at 390 pixels wide. In CI ({@code CI=true}) Chromium must be there; {@code .ci/run}
 * installs it. Elsewhere the test is skipped when it is missing.
 */
final class BrowserReportTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DIR = Path.of("target", "browser-report");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * A script for the check copy only (the report itself has none): it measures the page after
     * layout and writes the result into the frame around it, whose DOM {@code --dump-dom} prints.
     * The report is shown in a frame of the width under test because headless Chromium will not
     * open a window narrower than 500 pixels.
     */
    private static final String PROBE = """
            <script>
            (function () {
              var width = document.documentElement.clientWidth, out = [];
              document.querySelectorAll('body *').forEach(function (e) {
                var r = e.getBoundingClientRect();
                if (r.width > 0 && (r.right > width + 0.5 || r.left < -0.5)) {
                  out.push(e.tagName + ' ' + (e.id || '') + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
                }
              });
              var dials = Array.from(document.querySelectorAll('svg.dial')).map(function (d) {
                var v = d.querySelector('path.value'), b = d.getBoundingClientRect();
                return {width: b.width, height: b.height, arc: v ? v.getTotalLength() : 0};
              });
              var bars = Array.from(document.querySelectorAll('svg.bar rect.fill')).map(function (r) {
                return r.getBoundingClientRect().width;
              });
              var result = {width: width, scrollWidth: document.documentElement.scrollWidth, overflowing: out,
                dials: dials, bars: bars, text: document.body.innerText};
              window.parent.document.getElementById('ssi-check').textContent = JSON.stringify(result);
            })();
            </script>
            """;

    private static TeamScores team;
    private static Path report;
    private static String probed;

    @BeforeAll
    static void render() throws IOException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (ci) {
            assertThat(CHROMIUM).as("CI must install Chromium (apt-get install -y chromium)").isExecutable();
        }
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed: apt-get install -y chromium");
        team = SampleTeamScores.get();
        Files.createDirectories(DIR);
        String html = new HtmlReport(Locale.ENGLISH).render(team);
        assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("src=");
        report = DIR.resolve("report.html").toAbsolutePath();
        Files.writeString(report, html, StandardCharsets.UTF_8);
        probed = html.replace("</body>", PROBE + "</body>").replace("&", "&amp;").replace("\"", "&quot;");
    }

    private static String chromium(int width, int height, String... more) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--no-first-run", "--disable-extensions", "--mute-audio",
                "--user-data-dir=" + Files.createTempDirectory(DIR.toAbsolutePath(), "profile"),
                "--window-size=" + width + "," + height));
        cmd.addAll(List.of(more));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
        assertThat(p.exitValue()).as("Chromium's exit code").isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode measure(int width) throws Exception {
        return measure(width, probed, "probe-" + width);
    }

    private static JsonNode measure(int width, String page, String name) throws Exception {
        Path frame = DIR.resolve(name + ".html").toAbsolutePath();
        Files.writeString(frame, "<!DOCTYPE html><html><body style=\"margin:0\"><iframe style=\"border:0;width:" + width
                + "px;height:900px\" srcdoc=\"" + page + "\"></iframe><pre id=\"ssi-check\"></pre></body></html>",
                StandardCharsets.UTF_8);
        String dom = chromium(Math.max(width, 1280), 1000, "--dump-dom", frame.toUri().toString());
        int start = dom.indexOf("id=\"ssi-check\">");
        assertThat(start).as("the probe ran").isPositive();
        String json = dom.substring(dom.indexOf('>', start) + 1, dom.indexOf("</pre>", start))
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        return MAPPER.readTree(json);
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void everyMemberIsOnThePageWithDialAndBarsAndNothingOverflows(int width) throws Exception {
        JsonNode m = measure(width);
        assertThat(m.get("width").asInt()).isEqualTo(width);
        assertThat(m.get("overflowing")).as("elements sticking out at " + width + " px").isEmpty();
        assertThat(m.get("scrollWidth").asInt()).isLessThanOrEqualTo(width);
        String text = m.get("text").asText();
        Words words = new Words(Locale.ENGLISH);
        for (TeamScores.Member member : team.members()) {
            assertThat(text).contains(member.name()).contains(words.number(member.score().total()));
            // Names rather than ids (the account ids the advice names start with a member's id here).
            assertThat(text).doesNotContainPattern("(?<![\\w-])" + java.util.regex.Pattern.quote(member.id())
                    + "(?![\\w-])");
        }
        assertThat(m.get("dials")).hasSize(team.members().size());
        for (JsonNode dial : m.get("dials")) {
            assertThat(dial.get("width").asDouble()).isGreaterThan(100);
            assertThat(dial.get("arc").asDouble()).as("the dial's value arc").isGreaterThan(1);
        }
        assertThat(m.get("bars")).hasSize(team.members().size() * Pillar.values().length);
        int i = 0;
        for (TeamScores.Member member : team.members()) {
            for (Pillar p : Pillar.values()) {
                double drawn = m.get("bars").get(i++).asDouble();
                double expected = member.score().pillar(p).points() / Pillar.MAX_POINTS;
                assertThat(drawn).as(member.name() + " " + p).isGreaterThan(expected > 0.02 ? 1 : -1);
            }
        }
    }

    @Test
    void theOverflowCheckSeesAnElementThatSticksOut() throws Exception {
        String wide = probed.replace("</main>",
                "<div id=&quot;too-wide&quot; style=&quot;width:600px&quot;>x</div></main>");
        assertThat(wide).isNotEqualTo(probed);
        JsonNode m = measure(390, wide, "probe-too-wide");
        assertThat(m.get("overflowing").toString()).contains("too-wide");
    }

    @Test
    void aScreenshotShowsTheReport() throws Exception {
        Path shot = DIR.resolve("report.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        chromium(1280, 2200, "--screenshot=" + shot, report.toUri().toString());
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2200);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours: a drawn page, not a blank one").isGreaterThan(50);
    }

    @Test
    void theCommittedScreenshotIsInTheReadme() throws IOException {
        Path committed = Path.of("report-screenshot.png");
        assertThat(committed).exists();
        assertThat(Files.readString(Path.of("..", "README.md"))).contains("ssi-examples/report-screenshot.png");
    }
}
