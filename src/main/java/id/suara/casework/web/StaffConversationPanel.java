package id.suara.casework.web;

import id.suara.casework.ComplainantConversation;
import id.suara.staff.CurrentStaff;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the back office's pages show of the conversation with the complainant (ADR 0036), read by their templates as
 * {@code @staffConversationPanel}: the case page's panel ({@code casework/conversation-fragments}) and the reopened
 * badges of the inbox. Kept apart from the page controllers, so that those need no change.
 */
@Component("staffConversationPanel")
public class StaffConversationPanel {

    private final ComplainantConversation conversation;
    private final CurrentStaff currentStaff;

    StaffConversationPanel(ComplainantConversation conversation, CurrentStaff currentStaff) {
        this.conversation = conversation;
        this.currentStaff = currentStaff;
    }

    /** The conversation of a case the signed-in staff member sees. */
    public ComplainantConversation.ForStaff of(UUID caseId) {
        return conversation.forStaff(caseId, currentStaff.get());
    }

    /** Since when the case waits for the complainant, its step's clock paused; null when it does not. */
    public java.time.Instant waitingSince(UUID caseId) {
        return conversation.waitingSince(caseId);
    }

    /** How often each of these cases was reopened; cases never reopened are absent. */
    public Map<UUID, Integer> reopenCounts(Collection<UUID> caseIds) {
        return conversation.reopenCounts(caseIds);
    }
}
