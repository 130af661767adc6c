/**
 * SOPs as versioned data: each institution's procedures with their steps, swimlane roles, time limits, outputs and allowed
 * transitions, every one citing the seed document and step it comes from. Shipped presets live in {@code resources/sop/presets}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SOP definitions")
package id.suara.sop;
