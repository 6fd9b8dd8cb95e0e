package tongxing.platform.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import tongxing.TongxingTest;
import tongxing.platform.validation.ValidationException;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TongxingTest
class NotificationOutboxTest {

    @Autowired Notifications notifications;
    @Autowired OutboxDelivery delivery;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;

    GreenMail smtp;
    JavaMailSenderImpl mailer;

    @BeforeEach
    void startSmtpServer() throws IOException {
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        mailer = mailerOn(smtp.getSmtp().getPort());
    }

    @AfterEach
    void stopSmtpServer() {
        smtp.stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static JavaMailSenderImpl mailerOn(int port) {
        JavaMailSenderImpl m = new JavaMailSenderImpl();
        m.setHost("127.0.0.1");
        m.setPort(port);
        m.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        m.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return m;
    }

    private long enqueue(String subject) {
        return tx.execute(s -> notifications.enqueue(
                OutgoingMessage.email("hr-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn", subject,
                        "贵单位2026年度薪酬调查反馈报告已生成。")));
    }

    private MimeMessage received(String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return subject.equals(m.getSubject());
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElse(null);
    }

    @Test
    void aPendingMessageIsDeliveredBySmtpAndMarkedSent() throws Exception {
        String subject = "薪酬调查反馈报告 " + UUID.randomUUID();
        long id = enqueue(subject);
        assertThat(notifications.find(id).orElseThrow().status()).isEqualTo(NotificationStatus.PENDING);

        delivery.deliverDue(mailer);

        Notification n = notifications.find(id).orElseThrow();
        assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(n.attempts()).isEqualTo(1);
        assertThat(n.sentAt()).isNotNull();
        MimeMessage mail = received(subject);
        assertThat(mail).isNotNull();
        assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(n.recipient());
    }

    @Test
    void aMessageIsRetriedAfterTheSmtpServerFailed() throws Exception {
        String subject = "重试 " + UUID.randomUUID();
        long id = enqueue(subject);
        JavaMailSenderImpl down = mailerOn(freePort());   // nothing listens there

        delivery.deliverDue(down);

        Notification failed = notifications.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.nextAttemptAt()).isAfter(failed.createdAt());

        delivery.deliverDue(mailer);   // the back-off has not passed yet: nothing is sent
        assertThat(received(subject)).isNull();

        jdbc.sql("UPDATE platform_notification SET next_attempt_at = now() WHERE id = :id").param("id", id).update();
        delivery.deliverDue(mailer);

        Notification sent = notifications.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
        assertThat(received(subject)).isNotNull();
    }

    @Test
    void aMessageFailsForGoodAfterTheLastAttempt() throws Exception {
        long id = enqueue("放弃 " + UUID.randomUUID());
        JavaMailSenderImpl down = mailerOn(freePort());
        for (int i = 0; i < 5; i++) {
            jdbc.sql("UPDATE platform_notification SET next_attempt_at = now() WHERE id = :id").param("id", id).update();
            delivery.deliverDue(down);
        }
        Notification n = notifications.find(id).orElseThrow();
        assertThat(n.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(n.attempts()).isEqualTo(5);
    }

    @Test
    void aMessageEnqueuedInARolledBackTransactionDoesNotExist() {
        String subject = "回滚 " + UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            notifications.enqueue(OutgoingMessage.email("a@example.cn", subject, "x"));
            s.setRollbackOnly();
        });
        assertThat(jdbc.sql("SELECT count(*) FROM platform_notification WHERE subject = :s").param("s", subject)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aBadAddressIsRefusedWithTheFieldAndReason() {
        assertThatThrownBy(() -> notifications.enqueue(OutgoingMessage.email("not-an-address", "主题", "x")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("recipient").hasMessageContaining("格式不正确");
    }
}
