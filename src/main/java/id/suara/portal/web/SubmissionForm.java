package id.suara.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the portal's submission and audience forms send, as typed: every value a string, so a wrong value comes back to
 * the form with a message instead of failing the binding.
 */
public class SubmissionForm {

    private String kind = "COMPLAINT";
    private String complainantType = "INDIVIDUAL";
    private String name = "";
    private String organisation = "";
    private String identityNumber = "";
    private String address = "";
    private String phone = "";
    private String email = "";
    private String respondent = "";
    private String title = "";
    private String purpose = "";
    private String substance = "";
    private boolean confidential;
    private boolean anonymous;
    private String audienceDate = "";
    private String audienceTime = "";
    private String delegationSize = "";
    private String formToken = "";
    private List<UUID> removeKept = new ArrayList<>();

    /** The kept files (from an earlier refused try) the citizen chose to remove. */
    public List<UUID> getRemoveKept() {
        return removeKept;
    }

    public void setRemoveKept(List<UUID> removeKept) {
        this.removeKept = removeKept;
    }

    /** The form's one-time token: a second POST with it shows the first result instead of registering again. */
    public String getFormToken() {
        return formToken;
    }

    public void setFormToken(String formToken) {
        this.formToken = formToken;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getComplainantType() {
        return complainantType;
    }

    public void setComplainantType(String complainantType) {
        this.complainantType = complainantType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getIdentityNumber() {
        return identityNumber;
    }

    public void setIdentityNumber(String identityNumber) {
        this.identityNumber = identityNumber;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRespondent() {
        return respondent;
    }

    public void setRespondent(String respondent) {
        this.respondent = respondent;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getSubstance() {
        return substance;
    }

    public void setSubstance(String substance) {
        this.substance = substance;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public String getAudienceDate() {
        return audienceDate;
    }

    public void setAudienceDate(String audienceDate) {
        this.audienceDate = audienceDate;
    }

    public String getAudienceTime() {
        return audienceTime;
    }

    public void setAudienceTime(String audienceTime) {
        this.audienceTime = audienceTime;
    }

    public String getDelegationSize() {
        return delegationSize;
    }

    public void setDelegationSize(String delegationSize) {
        this.delegationSize = delegationSize;
    }
}
