
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
    "number",
    "startsOn",
    "endsOn",
    "endsAt",
    "renewalDueOn",
    "renewal",
    "renewalRequestedAt",
    "late",
    "extendsTo"
})
public class Term {

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("number")
    private Double number;
    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("startsOn")
    @JsonPropertyDescription("a CST calendar day YYYY-MM-DD; a field `\u2026On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)")
    private String startsOn;
    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("endsOn")
    @JsonPropertyDescription("a CST calendar day YYYY-MM-DD; a field `\u2026On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)")
    private String endsOn;
    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("endsAt")
    @JsonPropertyDescription("an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1")
    private String endsAt;
    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("renewalDueOn")
    @JsonPropertyDescription("a CST calendar day YYYY-MM-DD; a field `\u2026On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)")
    private String renewalDueOn;
    /**
     * notRequested | requested | approved | rejected
     * (Required)
     * 
     */
    @JsonProperty("renewal")
    @JsonPropertyDescription("notRequested | requested | approved | rejected")
    private String renewal;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("renewalRequestedAt")
    private Object renewalRequestedAt;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("late")
    private Boolean late;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("extendsTo")
    private Object extendsTo;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("number")
    public Double getNumber() {
        return number;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("number")
    public void setNumber(Double number) {
        this.number = number;
    }

    public Term withNumber(Double number) {
        this.number = number;
        return this;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("startsOn")
    public String getStartsOn() {
        return startsOn;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("startsOn")
    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public Term withStartsOn(String startsOn) {
        this.startsOn = startsOn;
        return this;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("endsOn")
    public String getEndsOn() {
        return endsOn;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("endsOn")
    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public Term withEndsOn(String endsOn) {
        this.endsOn = endsOn;
        return this;
    }

    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("endsAt")
    public String getEndsAt() {
        return endsAt;
    }

    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("endsAt")
    public void setEndsAt(String endsAt) {
        this.endsAt = endsAt;
    }

    public Term withEndsAt(String endsAt) {
        this.endsAt = endsAt;
        return this;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("renewalDueOn")
    public String getRenewalDueOn() {
        return renewalDueOn;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("renewalDueOn")
    public void setRenewalDueOn(String renewalDueOn) {
        this.renewalDueOn = renewalDueOn;
    }

    public Term withRenewalDueOn(String renewalDueOn) {
        this.renewalDueOn = renewalDueOn;
        return this;
    }

    /**
     * notRequested | requested | approved | rejected
     * (Required)
     * 
     */
    @JsonProperty("renewal")
    public String getRenewal() {
        return renewal;
    }

    /**
     * notRequested | requested | approved | rejected
     * (Required)
     * 
     */
    @JsonProperty("renewal")
    public void setRenewal(String renewal) {
        this.renewal = renewal;
    }

    public Term withRenewal(String renewal) {
        this.renewal = renewal;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("renewalRequestedAt")
    public Object getRenewalRequestedAt() {
        return renewalRequestedAt;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("renewalRequestedAt")
    public void setRenewalRequestedAt(Object renewalRequestedAt) {
        this.renewalRequestedAt = renewalRequestedAt;
    }

    public Term withRenewalRequestedAt(Object renewalRequestedAt) {
        this.renewalRequestedAt = renewalRequestedAt;
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

    public Term withLate(Boolean late) {
        this.late = late;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("extendsTo")
    public Object getExtendsTo() {
        return extendsTo;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("extendsTo")
    public void setExtendsTo(Object extendsTo) {
        this.extendsTo = extendsTo;
    }

    public Term withExtendsTo(Object extendsTo) {
        this.extendsTo = extendsTo;
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

    public Term withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(Term.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("number");
        sb.append('=');
        sb.append(((this.number == null)?"<null>":this.number));
        sb.append(',');
        sb.append("startsOn");
        sb.append('=');
        sb.append(((this.startsOn == null)?"<null>":this.startsOn));
        sb.append(',');
        sb.append("endsOn");
        sb.append('=');
        sb.append(((this.endsOn == null)?"<null>":this.endsOn));
        sb.append(',');
        sb.append("endsAt");
        sb.append('=');
        sb.append(((this.endsAt == null)?"<null>":this.endsAt));
        sb.append(',');
        sb.append("renewalDueOn");
        sb.append('=');
        sb.append(((this.renewalDueOn == null)?"<null>":this.renewalDueOn));
        sb.append(',');
        sb.append("renewal");
        sb.append('=');
        sb.append(((this.renewal == null)?"<null>":this.renewal));
        sb.append(',');
        sb.append("renewalRequestedAt");
        sb.append('=');
        sb.append(((this.renewalRequestedAt == null)?"<null>":this.renewalRequestedAt));
        sb.append(',');
        sb.append("late");
        sb.append('=');
        sb.append(((this.late == null)?"<null>":this.late));
        sb.append(',');
        sb.append("extendsTo");
        sb.append('=');
        sb.append(((this.extendsTo == null)?"<null>":this.extendsTo));
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
        result = ((result* 31)+((this.number == null)? 0 :this.number.hashCode()));
        result = ((result* 31)+((this.endsOn == null)? 0 :this.endsOn.hashCode()));
        result = ((result* 31)+((this.extendsTo == null)? 0 :this.extendsTo.hashCode()));
        result = ((result* 31)+((this.late == null)? 0 :this.late.hashCode()));
        result = ((result* 31)+((this.renewal == null)? 0 :this.renewal.hashCode()));
        result = ((result* 31)+((this.renewalDueOn == null)? 0 :this.renewalDueOn.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.startsOn == null)? 0 :this.startsOn.hashCode()));
        result = ((result* 31)+((this.endsAt == null)? 0 :this.endsAt.hashCode()));
        result = ((result* 31)+((this.renewalRequestedAt == null)? 0 :this.renewalRequestedAt.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof Term) == false) {
            return false;
        }
        Term rhs = ((Term) other);
        return (((((((((((this.number == rhs.number)||((this.number!= null)&&this.number.equals(rhs.number)))&&((this.endsOn == rhs.endsOn)||((this.endsOn!= null)&&this.endsOn.equals(rhs.endsOn))))&&((this.extendsTo == rhs.extendsTo)||((this.extendsTo!= null)&&this.extendsTo.equals(rhs.extendsTo))))&&((this.late == rhs.late)||((this.late!= null)&&this.late.equals(rhs.late))))&&((this.renewal == rhs.renewal)||((this.renewal!= null)&&this.renewal.equals(rhs.renewal))))&&((this.renewalDueOn == rhs.renewalDueOn)||((this.renewalDueOn!= null)&&this.renewalDueOn.equals(rhs.renewalDueOn))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.startsOn == rhs.startsOn)||((this.startsOn!= null)&&this.startsOn.equals(rhs.startsOn))))&&((this.endsAt == rhs.endsAt)||((this.endsAt!= null)&&this.endsAt.equals(rhs.endsAt))))&&((this.renewalRequestedAt == rhs.renewalRequestedAt)||((this.renewalRequestedAt!= null)&&this.renewalRequestedAt.equals(rhs.renewalRequestedAt))));
    }

}
