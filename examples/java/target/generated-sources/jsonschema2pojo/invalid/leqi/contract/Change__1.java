
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
    "kind",
    "effectiveOn",
    "details",
    "usingUnit",
    "reportedAt",
    "late"
})
public class Change__1 {

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("kind")
    private String kind;
    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("effectiveOn")
    @JsonPropertyDescription("a CST calendar day YYYY-MM-DD; a field `\u2026On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)")
    private String effectiveOn;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("details")
    private String details;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("usingUnit")
    private String usingUnit;
    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("reportedAt")
    @JsonPropertyDescription("an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1")
    private String reportedAt;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("late")
    private Boolean late;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("kind")
    public String getKind() {
        return kind;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("kind")
    public void setKind(String kind) {
        this.kind = kind;
    }

    public Change__1 withKind(String kind) {
        this.kind = kind;
        return this;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("effectiveOn")
    public String getEffectiveOn() {
        return effectiveOn;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("effectiveOn")
    public void setEffectiveOn(String effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public Change__1 withEffectiveOn(String effectiveOn) {
        this.effectiveOn = effectiveOn;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("details")
    public String getDetails() {
        return details;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("details")
    public void setDetails(String details) {
        this.details = details;
    }

    public Change__1 withDetails(String details) {
        this.details = details;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("usingUnit")
    public String getUsingUnit() {
        return usingUnit;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("usingUnit")
    public void setUsingUnit(String usingUnit) {
        this.usingUnit = usingUnit;
    }

    public Change__1 withUsingUnit(String usingUnit) {
        this.usingUnit = usingUnit;
        return this;
    }

    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("reportedAt")
    public String getReportedAt() {
        return reportedAt;
    }

    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("reportedAt")
    public void setReportedAt(String reportedAt) {
        this.reportedAt = reportedAt;
    }

    public Change__1 withReportedAt(String reportedAt) {
        this.reportedAt = reportedAt;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("late")
    public Boolean getLate() {
        return late;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("late")
    public void setLate(Boolean late) {
        this.late = late;
    }

    public Change__1 withLate(Boolean late) {
        this.late = late;
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

    public Change__1 withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(Change__1 .class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("kind");
        sb.append('=');
        sb.append(((this.kind == null)?"<null>":this.kind));
        sb.append(',');
        sb.append("effectiveOn");
        sb.append('=');
        sb.append(((this.effectiveOn == null)?"<null>":this.effectiveOn));
        sb.append(',');
        sb.append("details");
        sb.append('=');
        sb.append(((this.details == null)?"<null>":this.details));
        sb.append(',');
        sb.append("usingUnit");
        sb.append('=');
        sb.append(((this.usingUnit == null)?"<null>":this.usingUnit));
        sb.append(',');
        sb.append("reportedAt");
        sb.append('=');
        sb.append(((this.reportedAt == null)?"<null>":this.reportedAt));
        sb.append(',');
        sb.append("late");
        sb.append('=');
        sb.append(((this.late == null)?"<null>":this.late));
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
        result = ((result* 31)+((this.reportedAt == null)? 0 :this.reportedAt.hashCode()));
        result = ((result* 31)+((this.effectiveOn == null)? 0 :this.effectiveOn.hashCode()));
        result = ((result* 31)+((this.late == null)? 0 :this.late.hashCode()));
        result = ((result* 31)+((this.kind == null)? 0 :this.kind.hashCode()));
        result = ((result* 31)+((this.details == null)? 0 :this.details.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.usingUnit == null)? 0 :this.usingUnit.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof Change__1) == false) {
            return false;
        }
        Change__1 rhs = ((Change__1) other);
        return ((((((((this.reportedAt == rhs.reportedAt)||((this.reportedAt!= null)&&this.reportedAt.equals(rhs.reportedAt)))&&((this.effectiveOn == rhs.effectiveOn)||((this.effectiveOn!= null)&&this.effectiveOn.equals(rhs.effectiveOn))))&&((this.late == rhs.late)||((this.late!= null)&&this.late.equals(rhs.late))))&&((this.kind == rhs.kind)||((this.kind!= null)&&this.kind.equals(rhs.kind))))&&((this.details == rhs.details)||((this.details!= null)&&this.details.equals(rhs.details))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.usingUnit == rhs.usingUnit)||((this.usingUnit!= null)&&this.usingUnit.equals(rhs.usingUnit))));
    }

}
