
package invalid.leqi.contract;

import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "what",
    "ruleId",
    "subject",
    "since",
    "ageDays",
    "escalatesAt"
})
public class PendingDecision {

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("what")
    private String what;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("ruleId")
    private String ruleId;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("subject")
    private String subject;
    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("since")
    @JsonPropertyDescription("an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1")
    private String since;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("ageDays")
    private Double ageDays;
    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("escalatesAt")
    @JsonPropertyDescription("an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1")
    private String escalatesAt;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("what")
    public String getWhat() {
        return what;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("what")
    public void setWhat(String what) {
        this.what = what;
    }

    public PendingDecision withWhat(String what) {
        this.what = what;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("ruleId")
    public String getRuleId() {
        return ruleId;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("ruleId")
    public void setRuleId(String ruleId) {
        this.ruleId = ruleId;
    }

    public PendingDecision withRuleId(String ruleId) {
        this.ruleId = ruleId;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("subject")
    public String getSubject() {
        return subject;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("subject")
    public void setSubject(String subject) {
        this.subject = subject;
    }

    public PendingDecision withSubject(String subject) {
        this.subject = subject;
        return this;
    }

    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("since")
    public String getSince() {
        return since;
    }

    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("since")
    public void setSince(String since) {
        this.since = since;
    }

    public PendingDecision withSince(String since) {
        this.since = since;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("ageDays")
    public Double getAgeDays() {
        return ageDays;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("ageDays")
    public void setAgeDays(Double ageDays) {
        this.ageDays = ageDays;
    }

    public PendingDecision withAgeDays(Double ageDays) {
        this.ageDays = ageDays;
        return this;
    }

    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("escalatesAt")
    public String getEscalatesAt() {
        return escalatesAt;
    }

    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("escalatesAt")
    public void setEscalatesAt(String escalatesAt) {
        this.escalatesAt = escalatesAt;
    }

    public PendingDecision withEscalatesAt(String escalatesAt) {
        this.escalatesAt = escalatesAt;
        return this;
    }

    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        return this.additionalProperties;
    }

    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
    }

    public PendingDecision withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(PendingDecision.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("what");
        sb.append('=');
        sb.append(((this.what == null)?"<null>":this.what));
        sb.append(',');
        sb.append("ruleId");
        sb.append('=');
        sb.append(((this.ruleId == null)?"<null>":this.ruleId));
        sb.append(',');
        sb.append("subject");
        sb.append('=');
        sb.append(((this.subject == null)?"<null>":this.subject));
        sb.append(',');
        sb.append("since");
        sb.append('=');
        sb.append(((this.since == null)?"<null>":this.since));
        sb.append(',');
        sb.append("ageDays");
        sb.append('=');
        sb.append(((this.ageDays == null)?"<null>":this.ageDays));
        sb.append(',');
        sb.append("escalatesAt");
        sb.append('=');
        sb.append(((this.escalatesAt == null)?"<null>":this.escalatesAt));
        sb.append(',');
        sb.append("additionalProperties");
        sb.append('=');
        sb.append(((this.additionalProperties == null)?"<null>":this.additionalProperties));
        sb.append(',');
        if (sb.charAt((sb.length()- 1)) == ',') {
            sb.setCharAt((sb.length()- 1), ']');
        } else {
            sb.append(']');
        }
        return sb.toString();
    }

    @Override
    public int hashCode() {
        int result = 1;
        result = ((result* 31)+((this.what == null)? 0 :this.what.hashCode()));
        result = ((result* 31)+((this.subject == null)? 0 :this.subject.hashCode()));
        result = ((result* 31)+((this.ageDays == null)? 0 :this.ageDays.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.ruleId == null)? 0 :this.ruleId.hashCode()));
        result = ((result* 31)+((this.escalatesAt == null)? 0 :this.escalatesAt.hashCode()));
        result = ((result* 31)+((this.since == null)? 0 :this.since.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof PendingDecision) == false) {
            return false;
        }
        PendingDecision rhs = ((PendingDecision) other);
        return ((((((((this.what == rhs.what)||((this.what!= null)&&this.what.equals(rhs.what)))&&((this.subject == rhs.subject)||((this.subject!= null)&&this.subject.equals(rhs.subject))))&&((this.ageDays == rhs.ageDays)||((this.ageDays!= null)&&this.ageDays.equals(rhs.ageDays))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.ruleId == rhs.ruleId)||((this.ruleId!= null)&&this.ruleId.equals(rhs.ruleId))))&&((this.escalatesAt == rhs.escalatesAt)||((this.escalatesAt!= null)&&this.escalatesAt.equals(rhs.escalatesAt))))&&((this.since == rhs.since)||((this.since!= null)&&this.since.equals(rhs.since))));
    }

}
