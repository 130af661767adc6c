package id.suara.intake;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Intake settings.
 *
 * @param attachmentDirectory where attachment files are kept, outside the database
 * @param maxAttachments how many files one submission may carry
 * @param maxAttachmentBytes the largest file accepted
 */
@ConfigurationProperties("suara.intake")
record IntakeSettings(
        @DefaultValue("${user.home}/.suara/attachments") Path attachmentDirectory,
        @DefaultValue("10") int maxAttachments,
        @DefaultValue("10485760") long maxAttachmentBytes) {}
