package vn.ocop.api.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a creation: the subscription and its signing secret, shown this once. */
@Schema(name = "WebhookCreated")
public record WebhookCreated(WebhookResponse subscription,
        @Schema(description = "Signing secret (Standard Webhooks): whsec_ + base64 of the HMAC-SHA256 key; store it, it is not shown again",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
}
