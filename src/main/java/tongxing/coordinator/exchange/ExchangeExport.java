package tongxing.coordinator.exchange;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tongxing.platform.exports.AuditedXlsxDownload;
import tongxing.platform.exports.XlsxColumn;
import tongxing.platform.exports.XlsxExport;
import tongxing.platform.security.Scope;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** The session list's export: same filter and scope, audited. */
@Component
class ExchangeExport {

    private final ExchangeSessions sessions;
    private final MessageSource messages;
    private final AuditedXlsxDownload download;

    ExchangeExport(ExchangeSessions sessions, MessageSource messages, AuditedXlsxDownload download) {
        this.sessions = sessions;
        this.messages = messages;
        this.download = download;
    }

    void write(Scope scope, ExchangeFilter filter, HttpServletResponse response, Locale locale) throws IOException {
        download.send(response, text("exchange.export.file", locale), "exchange-sessions",
                new XlsxExport<>(text("exchange.export.sheet", locale), columns(locale)),
                sink -> sessions.stream(scope, filter, sink), "coordinator_exchange_session", "学习交流活动", filter.asParams());
    }

    private List<XlsxColumn<ExchangeSession>> columns(Locale l) {
        return List.of(
                XlsxColumn.<ExchangeSession>of(text("exchange.field.id", l), ExchangeSession::id).width(8),
                XlsxColumn.<ExchangeSession>of(text("exchange.field.title", l), ExchangeSession::title).width(32),
                XlsxColumn.<ExchangeSession>of(text("exchange.field.heldOn", l), ExchangeSession::heldOn).width(12),
                XlsxColumn.<ExchangeSession>of(text("exchange.field.mode", l), s -> text("exchange.mode." + s.mode().name(), l)).width(8),
                XlsxColumn.<ExchangeSession>of(text("exchange.field.place", l), ExchangeSession::place).width(28),
                XlsxColumn.<ExchangeSession>of(text("exchange.field.region", l), ExchangeSession::regionName).width(12),
                XlsxColumn.<ExchangeSession>of(text("exchange.field.topic", l), ExchangeSession::topic).width(20),
                XlsxColumn.<ExchangeSession>of(text("exchange.field.invited", l), ExchangeSession::invited).width(8),
                XlsxColumn.<ExchangeSession>of(text("exchange.field.attended", l), ExchangeSession::attended).width(8),
                XlsxColumn.<ExchangeSession>of(text("exchange.field.hours", l), ExchangeSession::hours).width(10),
                XlsxColumn.<ExchangeSession>of(text("exchange.field.description", l), ExchangeSession::description).width(40));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
