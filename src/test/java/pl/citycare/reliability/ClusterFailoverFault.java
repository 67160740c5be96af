package pl.citycare.reliability;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import pl.citycare.platform.demo.DemoUsers;
import pl.citycare.support.BrowserSession;
import pl.citycare.support.Chromium;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 9: two CityCare nodes on this machine, clustered by Payara's data grid (Hazelcast, TCP member
 * list on the loopback), one PostgreSQL, behind nginx ({@code server-config/nginx/citycare-cluster.conf}). A clerk
 * signs in through nginx, half fills a contract (a second line added by Ajax, the third typed but not sent), and the
 * node serving the session is killed ({@code kill -9}). The next click goes to the other node, which must know the
 * clerk and the form from the replicated session: the contract is signed with all its lines. Needs nginx
 * ({@code apt-get install -y nginx}) and Chromium; run with {@code ./mvnw verify -Pfaults} (docs/deployment.md).
 */
class ClusterFailoverFault {

    private static final String DATABASE = "citycare_faults_cluster";
    private static final int BALANCER = 18500;
    private static final int[] NODES = {18501, 18502};

    /** One node of the test cluster, as docs/deployment.md describes it (two nodes on one machine). */
    static Map<String, String> clusterNode(String name) {
        return Map.of("CITYCARE_CLUSTER_MODE", "tcpip:127.0.0.1:5930", "CITYCARE_CLUSTER_NAME", "citycare-faults",
                "CITYCARE_CLUSTER_PORT", "5930", "CITYCARE_NODE_NAME", name,
                "CITYCARE_PAYARA_OPTIONS", "--interfaces 127.0.0.1 --nohostaware");
    }

    @Test
    void aClerkKeepsWorkingThroughTheBalancerWhenTheirNodeIsKilledMidForm() throws Exception {
        File nginx = new File("/usr/sbin/nginx");
        assertThat(nginx).as("nginx from Debian (apt-get install -y nginx)").exists();
        FaultDatabase db = FaultDatabase.fromSystemProperties();
        String url = db.recreate(DATABASE);

        try (Node a = Node.start("node-a", NODES[0], url, clusterNode("node-a"))) {
            a.awaitReady(Duration.ofMinutes(4)); // the first node migrates the schema and loads the demo data
            try (Node b = Node.start("node-b", NODES[1], url, clusterNode("node-b"))) {
                b.awaitReady(Duration.ofMinutes(4));
                assertThat(a.awaitLog("Members {size:2", Duration.ofSeconds(60))).as("the two nodes formed one cluster").isTrue();
                Process balancer = startNginx();
                BrowserSession session = Chromium.session(URI.create("http://127.0.0.1:" + BALANCER + "/"));
                try {
                    String number = "ZP/HA/" + UUID.randomUUID().toString().substring(0, 6);
                    WebDriver browser = session.driver();
                    session.signInAndWait("buyer", DemoUsers.DEMO_PASSWORD);
                    session.open("/procurement/contract.xhtml");
                    pick(browser, "contract:request", "Fartuchy ochronne");
                    pick(browser, "contract:supplier", "Fartuchy i Odzież Medyczna");
                    session.type("contract:number", number);
                    session.typeDate("contract:signedOn", "2021-04-21");
                    session.typeDate("contract:termUntil", "2021-06-30");
                    line(session, 0, "Maseczki FFP2", "PROTECTIVE_GEAR", "500", "3");
                    session.visible(By.id("contract:addLine")).click();
                    session.visible(By.id("contract:lines:1:item"));
                    line(session, 1, "Przyłbice", "PROTECTIVE_GEAR", "40", "12");

                    String serving = servingNode(browser);
                    Node victim = serving.endsWith(":" + NODES[0]) ? a : b;
                    victim.kill();

                    session.visible(By.id("contract:addLine")).click(); // Ajax, to the surviving node
                    session.visible(By.id("contract:lines:2:item"));
                    line(session, 2, "Fartuchy", "MEDICAL_CLOTHING", "10", "25");
                    browser.findElement(By.id("contract:sign")).click();
                    assertThat(session.text(By.cssSelector(".ui-messages-info"))).contains("Zapisano umowę " + number);
                    String survivor = servingNode(browser);
                    assertThat(survivor).as("answered by the other node").isNotEqualTo(serving);
                    System.out.printf("Cluster failover: signed in and half filled on %s, killed it, signed the contract on %s%n",
                            serving, survivor);
                    assertThat(lines(db, url, number)).as("the contract's lines in the database")
                            .containsExactly("Maseczki FFP2", "Przyłbice", "Fartuchy");
                } finally {
                    session.close();
                    balancer.destroy();
                    balancer.waitFor();
                }
            }
        }
    }

    private static void pick(WebDriver browser, String menuId, String text) {
        ((JavascriptExecutor) browser).executeScript("var s = document.getElementById(arguments[0] + '_input');"
                + "var o = Array.from(s.options).find(o => o.text.indexOf(arguments[1]) >= 0);"
                + "PrimeFaces.getWidgetById(arguments[0]).selectValue(o.value);", menuId, text);
    }

    private static void line(BrowserSession session, int index, String item, String cpv, String quantity, String unitNet) {
        String prefix = "contract:lines:" + index + ":";
        session.type(prefix + "item", item);
        ((JavascriptExecutor) session.driver()).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);",
                prefix + "cpv", cpv);
        session.type(prefix + "quantity_input", quantity);
        session.type(prefix + "unitNet_input", unitNet);
    }

    /** The node nginx sends this browser's session to now (nginx names it in X-CityCare-Node). */
    private static String servingNode(WebDriver browser) {
        Object node = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/index.xhtml', {credentials: 'same-origin'}).then(r => done(r.headers.get('X-CityCare-Node')))
                    .catch(e => done('failed: ' + e));""");
        assertThat(node).as("nginx names the node").asString().startsWith("127.0.0.1:");
        return (String) node;
    }

    private static Process startNginx() throws Exception {
        Path prefix = Path.of("target", "faults", "nginx").toAbsolutePath();
        Files.createDirectories(prefix);
        String nodes = String.join("\n        ", java.util.Arrays.stream(NODES)
                .mapToObj(port -> "server 127.0.0.1:" + port + " max_fails=1 fail_timeout=30s;").toList());
        String config = Files.readString(Path.of(System.getProperty("citycare.serverConfig", "server-config"), "nginx", "citycare-cluster.conf"))
                .replace("@LISTEN@", "127.0.0.1:" + BALANCER).replace("@NODES@", nodes);
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, config);
        Process nginx = new ProcessBuilder(List.of("/usr/sbin/nginx", "-p", prefix.toString(), "-c", conf.toString(), "-g", "daemon off;"))
                .redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        Thread.sleep(1_000);
        assertThat(nginx.isAlive()).as("nginx started; see " + prefix.resolve("nginx.out")).isTrue();
        return nginx;
    }

    private static List<String> lines(FaultDatabase db, String url, String number) throws Exception {
        try (Connection c = db.connect(url);
             PreparedStatement query = c.prepareStatement("SELECT l.item FROM pr_contract_line l JOIN pr_contract_version v ON v.id = l.contract_version_id"
                     + " JOIN pr_contract k ON k.id = v.contract_id WHERE k.number = ? ORDER BY l.line_no")) {
            query.setString(1, number);
            try (ResultSet rs = query.executeQuery()) {
                var items = new java.util.ArrayList<String>();
                while (rs.next()) {
                    items.add(rs.getString(1));
                }
                return items;
            }
        }
    }
}
