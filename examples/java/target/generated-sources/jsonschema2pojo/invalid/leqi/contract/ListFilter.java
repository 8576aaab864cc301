
package invalid.leqi.contract;

import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


/**
 * ListFilter
 * <p>
 * 
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "phase",
    "deadlineBefore",
    "deadlineOnOrBefore",
    "deadlineAfter",
    "termEndsBefore",
    "termEndsOnOrBefore",
    "openCasesAtLeast",
    "waiting",
    "unitIds",
    "includeClosed",
    "query"
})
public class ListFilter {

    @JsonProperty("phase")
    private Object phase;
    /**
     * an instant with an offset (2027-03-15T00:00:00+08:00) or a CST day YYYY-MM-DD, meaning 00:00 CST of that day
     * 
     */
    @JsonProperty("deadlineBefore")
    @JsonPropertyDescription("an instant with an offset (2027-03-15T00:00:00+08:00) or a CST day YYYY-MM-DD, meaning 00:00 CST of that day")
    private Object deadlineBefore;
    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * 
     */
    @JsonProperty("deadlineOnOrBefore")
    @JsonPropertyDescription("a CST calendar day YYYY-MM-DD; a field `\u2026On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)")
    private String deadlineOnOrBefore;
    /**
     * an instant with an offset (2027-03-15T00:00:00+08:00) or a CST day YYYY-MM-DD, meaning 00:00 CST of that day
     * 
     */
    @JsonProperty("deadlineAfter")
    @JsonPropertyDescription("an instant with an offset (2027-03-15T00:00:00+08:00) or a CST day YYYY-MM-DD, meaning 00:00 CST of that day")
    private Object deadlineAfter;
    /**
     * an instant with an offset (2027-03-15T00:00:00+08:00) or a CST day YYYY-MM-DD, meaning 00:00 CST of that day
     * 
     */
    @JsonProperty("termEndsBefore")
    @JsonPropertyDescription("an instant with an offset (2027-03-15T00:00:00+08:00) or a CST day YYYY-MM-DD, meaning 00:00 CST of that day")
    private Object termEndsBefore;
    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * 
     */
    @JsonProperty("termEndsOnOrBefore")
    @JsonPropertyDescription("a CST calendar day YYYY-MM-DD; a field `\u2026On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)")
    private String termEndsOnOrBefore;
    @JsonProperty("openCasesAtLeast")
    private Long openCasesAtLeast;
    @JsonProperty("waiting")
    private Boolean waiting;
    @JsonProperty("unitIds")
    private List<String> unitIds;
    @JsonProperty("includeClosed")
    private Boolean includeClosed;
    @JsonProperty("query")
    private String query;

    @JsonProperty("phase")
    public Object getPhase() {
        return phase;
    }

    @JsonProperty("phase")
    public void setPhase(Object phase) {
        this.phase = phase;
    }

    public ListFilter withPhase(Object phase) {
        this.phase = phase;
        return this;
    }

    /**
     * an instant with an offset (2027-03-15T00:00:00+08:00) or a CST day YYYY-MM-DD, meaning 00:00 CST of that day
     * 
     */
    @JsonProperty("deadlineBefore")
    public Object getDeadlineBefore() {
        return deadlineBefore;
    }

    /**
     * an instant with an offset (2027-03-15T00:00:00+08:00) or a CST day YYYY-MM-DD, meaning 00:00 CST of that day
     * 
     */
    @JsonProperty("deadlineBefore")
    public void setDeadlineBefore(Object deadlineBefore) {
        this.deadlineBefore = deadlineBefore;
    }

    public ListFilter withDeadlineBefore(Object deadlineBefore) {
        this.deadlineBefore = deadlineBefore;
        return this;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * 
     */
    @JsonProperty("deadlineOnOrBefore")
    public String getDeadlineOnOrBefore() {
        return deadlineOnOrBefore;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * 
     */
    @JsonProperty("deadlineOnOrBefore")
    public void setDeadlineOnOrBefore(String deadlineOnOrBefore) {
        this.deadlineOnOrBefore = deadlineOnOrBefore;
    }

    public ListFilter withDeadlineOnOrBefore(String deadlineOnOrBefore) {
        this.deadlineOnOrBefore = deadlineOnOrBefore;
        return this;
    }

    /**
     * an instant with an offset (2027-03-15T00:00:00+08:00) or a CST day YYYY-MM-DD, meaning 00:00 CST of that day
     * 
     */
    @JsonProperty("deadlineAfter")
    public Object getDeadlineAfter() {
        return deadlineAfter;
    }

    /**
     * an instant with an offset (2027-03-15T00:00:00+08:00) or a CST day YYYY-MM-DD, meaning 00:00 CST of that day
     * 
     */
    @JsonProperty("deadlineAfter")
    public void setDeadlineAfter(Object deadlineAfter) {
        this.deadlineAfter = deadlineAfter;
    }

    public ListFilter withDeadlineAfter(Object deadlineAfter) {
        this.deadlineAfter = deadlineAfter;
        return this;
    }

    /**
     * an instant with an offset (2027-03-15T00:00:00+08:00) or a CST day YYYY-MM-DD, meaning 00:00 CST of that day
     * 
     */
    @JsonProperty("termEndsBefore")
    public Object getTermEndsBefore() {
        return termEndsBefore;
    }

    /**
     * an instant with an offset (2027-03-15T00:00:00+08:00) or a CST day YYYY-MM-DD, meaning 00:00 CST of that day
     * 
     */
    @JsonProperty("termEndsBefore")
    public void setTermEndsBefore(Object termEndsBefore) {
        this.termEndsBefore = termEndsBefore;
    }

    public ListFilter withTermEndsBefore(Object termEndsBefore) {
        this.termEndsBefore = termEndsBefore;
        return this;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * 
     */
    @JsonProperty("termEndsOnOrBefore")
    public String getTermEndsOnOrBefore() {
        return termEndsOnOrBefore;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * 
     */
    @JsonProperty("termEndsOnOrBefore")
    public void setTermEndsOnOrBefore(String termEndsOnOrBefore) {
        this.termEndsOnOrBefore = termEndsOnOrBefore;
    }

    public ListFilter withTermEndsOnOrBefore(String termEndsOnOrBefore) {
        this.termEndsOnOrBefore = termEndsOnOrBefore;
        return this;
    }

    @JsonProperty("openCasesAtLeast")
    public Long getOpenCasesAtLeast() {
        return openCasesAtLeast;
    }

    @JsonProperty("openCasesAtLeast")
    public void setOpenCasesAtLeast(Long openCasesAtLeast) {
        this.openCasesAtLeast = openCasesAtLeast;
    }

    public ListFilter withOpenCasesAtLeast(Long openCasesAtLeast) {
        this.openCasesAtLeast = openCasesAtLeast;
        return this;
    }

    @JsonProperty("waiting")
    public Boolean getWaiting() {
        return waiting;
    }

    @JsonProperty("waiting")
    public void setWaiting(Boolean waiting) {
        this.waiting = waiting;
    }

    public ListFilter withWaiting(Boolean waiting) {
        this.waiting = waiting;
        return this;
    }

    @JsonProperty("unitIds")
    public List<String> getUnitIds() {
        return unitIds;
    }

    @JsonProperty("unitIds")
    public void setUnitIds(List<String> unitIds) {
        this.unitIds = unitIds;
    }

    public ListFilter withUnitIds(List<String> unitIds) {
        this.unitIds = unitIds;
        return this;
    }

    @JsonProperty("includeClosed")
    public Boolean getIncludeClosed() {
        return includeClosed;
    }

    @JsonProperty("includeClosed")
    public void setIncludeClosed(Boolean includeClosed) {
        this.includeClosed = includeClosed;
    }

    public ListFilter withIncludeClosed(Boolean includeClosed) {
        this.includeClosed = includeClosed;
        return this;
    }

    @JsonProperty("query")
    public String getQuery() {
        return query;
    }

    @JsonProperty("query")
    public void setQuery(String query) {
        this.query = query;
    }

    public ListFilter withQuery(String query) {
        this.query = query;
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(ListFilter.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("phase");
        sb.append('=');
        sb.append(((this.phase == null)?"<null>":this.phase));
        sb.append(',');
        sb.append("deadlineBefore");
        sb.append('=');
        sb.append(((this.deadlineBefore == null)?"<null>":this.deadlineBefore));
        sb.append(',');
        sb.append("deadlineOnOrBefore");
        sb.append('=');
        sb.append(((this.deadlineOnOrBefore == null)?"<null>":this.deadlineOnOrBefore));
        sb.append(',');
        sb.append("deadlineAfter");
        sb.append('=');
        sb.append(((this.deadlineAfter == null)?"<null>":this.deadlineAfter));
        sb.append(',');
        sb.append("termEndsBefore");
        sb.append('=');
        sb.append(((this.termEndsBefore == null)?"<null>":this.termEndsBefore));
        sb.append(',');
        sb.append("termEndsOnOrBefore");
        sb.append('=');
        sb.append(((this.termEndsOnOrBefore == null)?"<null>":this.termEndsOnOrBefore));
        sb.append(',');
        sb.append("openCasesAtLeast");
        sb.append('=');
        sb.append(((this.openCasesAtLeast == null)?"<null>":this.openCasesAtLeast));
        sb.append(',');
        sb.append("waiting");
        sb.append('=');
        sb.append(((this.waiting == null)?"<null>":this.waiting));
        sb.append(',');
        sb.append("unitIds");
        sb.append('=');
        sb.append(((this.unitIds == null)?"<null>":this.unitIds));
        sb.append(',');
        sb.append("includeClosed");
        sb.append('=');
        sb.append(((this.includeClosed == null)?"<null>":this.includeClosed));
        sb.append(',');
        sb.append("query");
        sb.append('=');
        sb.append(((this.query == null)?"<null>":this.query));
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
        result = ((result* 31)+((this.phase == null)? 0 :this.phase.hashCode()));
        result = ((result* 31)+((this.termEndsBefore == null)? 0 :this.termEndsBefore.hashCode()));
        result = ((result* 31)+((this.deadlineOnOrBefore == null)? 0 :this.deadlineOnOrBefore.hashCode()));
        result = ((result* 31)+((this.waiting == null)? 0 :this.waiting.hashCode()));
        result = ((result* 31)+((this.deadlineAfter == null)? 0 :this.deadlineAfter.hashCode()));
        result = ((result* 31)+((this.openCasesAtLeast == null)? 0 :this.openCasesAtLeast.hashCode()));
        result = ((result* 31)+((this.query == null)? 0 :this.query.hashCode()));
        result = ((result* 31)+((this.includeClosed == null)? 0 :this.includeClosed.hashCode()));
        result = ((result* 31)+((this.deadlineBefore == null)? 0 :this.deadlineBefore.hashCode()));
        result = ((result* 31)+((this.termEndsOnOrBefore == null)? 0 :this.termEndsOnOrBefore.hashCode()));
        result = ((result* 31)+((this.unitIds == null)? 0 :this.unitIds.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof ListFilter) == false) {
            return false;
        }
        ListFilter rhs = ((ListFilter) other);
        return ((((((((((((this.phase == rhs.phase)||((this.phase!= null)&&this.phase.equals(rhs.phase)))&&((this.termEndsBefore == rhs.termEndsBefore)||((this.termEndsBefore!= null)&&this.termEndsBefore.equals(rhs.termEndsBefore))))&&((this.deadlineOnOrBefore == rhs.deadlineOnOrBefore)||((this.deadlineOnOrBefore!= null)&&this.deadlineOnOrBefore.equals(rhs.deadlineOnOrBefore))))&&((this.waiting == rhs.waiting)||((this.waiting!= null)&&this.waiting.equals(rhs.waiting))))&&((this.deadlineAfter == rhs.deadlineAfter)||((this.deadlineAfter!= null)&&this.deadlineAfter.equals(rhs.deadlineAfter))))&&((this.openCasesAtLeast == rhs.openCasesAtLeast)||((this.openCasesAtLeast!= null)&&this.openCasesAtLeast.equals(rhs.openCasesAtLeast))))&&((this.query == rhs.query)||((this.query!= null)&&this.query.equals(rhs.query))))&&((this.includeClosed == rhs.includeClosed)||((this.includeClosed!= null)&&this.includeClosed.equals(rhs.includeClosed))))&&((this.deadlineBefore == rhs.deadlineBefore)||((this.deadlineBefore!= null)&&this.deadlineBefore.equals(rhs.deadlineBefore))))&&((this.termEndsOnOrBefore == rhs.termEndsOnOrBefore)||((this.termEndsOnOrBefore!= null)&&this.termEndsOnOrBefore.equals(rhs.termEndsOnOrBefore))))&&((this.unitIds == rhs.unitIds)||((this.unitIds!= null)&&this.unitIds.equals(rhs.unitIds))));
    }

}
