package id.suara.calendar.web;

import id.suara.calendar.TimeLimit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** SOP time limits as a person says them ({@code @timeLimits} in templates): "15 menit", "3 hari kerja", "seketika". */
@Component("timeLimits")
public class TimeLimitFormat {

    private final MessageSource messages;

    TimeLimitFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** "15 menit", "3 hari kerja", "seketika", or "tidak ditentukan" when the SOP sets no limit. */
    public String of(TimeLimit limit) {
        var locale = LocaleContextHolder.getLocale();
        if (limit == null) {
            return messages.getMessage("web.portal.limit.none", null, locale);
        }
        if (limit.instant()) {
            return messages.getMessage("web.portal.limit.instant", null, locale);
        }
        return messages.getMessage("web.portal.limit." + limit.unit().name(), new Object[] {limit.amount()}, locale);
    }
}
