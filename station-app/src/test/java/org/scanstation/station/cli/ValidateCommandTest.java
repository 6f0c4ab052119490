package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {
  private static final String EXAMPLE = "9400111899223197428497";
  private static final JsonMapper JSON = JsonMapper.shared();

  private static JsonNode json(String line) {
    return JSON.readTree(line);
  }

  @Test
  void printsTheDocumentedObjectForAValidNumber() {
    CliRun r = CliRun.run("validate", "42010001\u001D" + EXAMPLE);
    assertThat(r.exit()).isZero();
    assertThat(r.outLines()).hasSize(1);
    assertThat(r.out())
        .startsWith(
            "{\"input\":\"42010001\\u001D9400111899223197428497\",\"valid\":true,"
                + "\"trackingNumber\":\"9400111899223197428497\",\"format\":\"IMPB_22\","
                + "\"channel\":\"94\",\"serviceTypeCode\":\"001\",");
    JsonNode n = json(r.outLines().get(0));
    assertThat(n.get("mailerId").asString()).isEqualTo("118992");
    assertThat(n.get("routingZip").asString()).isEqualTo("10001");
    assertThat(n.get("reason").isNull()).isTrue();
    assertThat(n.get("message").isNull()).isTrue();
  }

  @Test
  void exitsOneWhenAnyNumberIsInvalidAndExplainsEach() {
    CliRun r = CliRun.run("validate", EXAMPLE, "9400111899223197428490");
    assertThat(r.exit()).isEqualTo(1);
    List<String> lines = r.outLines();
    assertThat(lines).hasSize(2);
    JsonNode bad = json(lines.get(1));
    assertThat(bad.get("valid").asBoolean()).isFalse();
    assertThat(bad.get("reason").asString()).isEqualTo("BAD_CHECK_DIGIT");
    assertThat(bad.get("message").asString()).isEqualTo("check digit should be 7, scanned 0");
    assertThat(bad.get("trackingNumber").isNull()).isTrue();
  }

  @Test
  void readsStandardInputLineByLineIncludingGsBytesAndCrlf() {
    String stdin = EXAMPLE + "\r\n]C142010001\u001D" + EXAMPLE + "\n\nnot-a-number\n" + EXAMPLE;
    CliRun r = CliRun.withStdin(stdin, "validate");
    assertThat(r.exit()).isEqualTo(1);
    List<String> lines = r.outLines();
    assertThat(lines).hasSize(5);
    assertThat(json(lines.get(0)).get("input").asString()).isEqualTo(EXAMPLE);
    assertThat(json(lines.get(1)).get("routingZip").asString()).isEqualTo("10001");
    assertThat(json(lines.get(2)).get("reason").asString()).isEqualTo("EMPTY");
    assertThat(json(lines.get(3)).get("reason").asString()).isEqualTo("NON_DIGIT");
    assertThat(json(lines.get(4)).get("valid").asBoolean()).isTrue();
  }

  @Test
  void survivesHostileInput() {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes("<script>alert(1)</script>\n".getBytes(StandardCharsets.UTF_8));
    in.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, '9', '\n'}); // invalid UTF-8
    in.writeBytes(new byte[] {'9', 0, '4', '\n'}); // NUL
    in.writeBytes(("9".repeat(10 * 1024) + "\n").getBytes(StandardCharsets.UTF_8));
    in.writeBytes(("x".repeat(100 * 1024) + "\n").getBytes(StandardCharsets.UTF_8));
    CliRun r = CliRun.run(in.toByteArray(), Map.of(), "validate");
    assertThat(r.exit()).isEqualTo(1);
    List<String> lines = r.outLines();
    assertThat(lines).hasSize(5);
    assertThat(json(lines.get(0)).get("input").asString()).isEqualTo("<script>alert(1)</script>");
    assertThat(json(lines.get(0)).get("reason").asString()).isEqualTo("NON_DIGIT");
    assertThat(json(lines.get(1)).get("input").asString()).startsWith("\uFFFD");
    assertThat(json(lines.get(2)).get("message").asString()).contains("U+0000");
    assertThat(json(lines.get(3)).get("reason").asString()).isEqualTo("WRONG_LENGTH");
    JsonNode huge = json(lines.get(4));
    assertThat(huge.get("reason").asString()).isEqualTo("WRONG_LENGTH");
    assertThat(huge.get("message").asString()).contains("longer than 16384 bytes");
    assertThat(huge.get("input").asString()).hasSize(ValidateCommand.MAX_LINE_BYTES);
  }

  @Test
  void appliesTheMailerIdAllowListFromOptionConfigAndEnvironment(@TempDir Path dir)
      throws Exception {
    CliRun refused = CliRun.run("validate", "--mid-allow", "912345671", EXAMPLE);
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(json(refused.out()).get("reason").asString()).isEqualTo("MAILER_ID_NOT_ALLOWED");

    assertThat(CliRun.run("validate", "--mid-allow", "912345671,118992", EXAMPLE).exit()).isZero();

    Path config = dir.resolve("station.properties");
    Files.writeString(config, "policy.mailer-id-allow=912345671\n");
    assertThat(CliRun.run("validate", "--config", config.toString(), EXAMPLE).exit()).isEqualTo(1);

    CliRun env =
        CliRun.run(
            new byte[0], Map.of("STATION_POLICY_MAILER_ID_ALLOW", "118992"), "validate", EXAMPLE);
    assertThat(env.exit()).isZero();
  }

  @Test
  void badValuesAndUnknownOptionsAreUsageErrors(@TempDir Path dir) throws Exception {
    CliRun badMid = CliRun.run("validate", "--mid-allow", "12ab", EXAMPLE);
    assertThat(badMid.exit()).isEqualTo(2);
    assertThat(badMid.err()).contains("--mid-allow").contains("not a Mailer ID");
    assertThat(badMid.out()).isEmpty();

    CliRun unknown = CliRun.run("validate", "--frobnicate", EXAMPLE);
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("--frobnicate");

    CliRun missingConfig = CliRun.run("validate", "--config", dir.resolve("nope").toString());
    assertThat(missingConfig.exit()).isEqualTo(2);
    assertThat(missingConfig.err()).contains("no such file");

    Path typo = dir.resolve("typo.properties");
    Files.writeString(typo, "polcy.mailer-id-allow=1\n");
    CliRun badConfig = CliRun.run("validate", "--config", typo.toString(), EXAMPLE);
    assertThat(badConfig.exit()).as(badConfig.err()).isEqualTo(2);
    assertThat(badConfig.err()).contains("unknown key 'polcy.mailer-id-allow'");
  }
}
