
package invalid.leqi.contract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "uscc",
    "name",
    "status",
    "path",
    "relationship",
    "competentAuthority",
    "rating",
    "countedInInitialThresholds",
    "activeSince",
    "suspendedBy",
    "endsOn",
    "ended",
    "flowData",
    "forOfficer",
    "returns",
    "nextDeadlines"
})
public class UsingUnit__1 {

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("uscc")
    private String uscc;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("name")
    private String name;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("status")
    private UsingUnit__1 .Status status;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("path")
    private Object path;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("relationship")
    private String relationship;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("competentAuthority")
    private String competentAuthority;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("rating")
    private String rating;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("countedInInitialThresholds")
    private Boolean countedInInitialThresholds;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("activeSince")
    private String activeSince;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("suspendedBy")
    private List<String> suspendedBy;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("endsOn")
    private Object endsOn;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("ended")
    private Ended ended;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("flowData")
    private List<FlowDatum> flowData;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("forOfficer")
    private List<String> forOfficer;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("returns")
    private Double returns;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("nextDeadlines")
    private List<NextDeadline> nextDeadlines;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("uscc")
    public String getUscc() {
        return uscc;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("uscc")
    public void setUscc(String uscc) {
        this.uscc = uscc;
    }

    public UsingUnit__1 withUscc(String uscc) {
        this.uscc = uscc;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("name")
    public String getName() {
        return name;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("name")
    public void setName(String name) {
        this.name = name;
    }

    public UsingUnit__1 withName(String name) {
        this.name = name;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("status")
    public UsingUnit__1 .Status getStatus() {
        return status;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("status")
    public void setStatus(UsingUnit__1 .Status status) {
        this.status = status;
    }

    public UsingUnit__1 withStatus(UsingUnit__1 .Status status) {
        this.status = status;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("path")
    public Object getPath() {
        return path;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("path")
    public void setPath(Object path) {
        this.path = path;
    }

    public UsingUnit__1 withPath(Object path) {
        this.path = path;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("relationship")
    public String getRelationship() {
        return relationship;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("relationship")
    public void setRelationship(String relationship) {
        this.relationship = relationship;
    }

    public UsingUnit__1 withRelationship(String relationship) {
        this.relationship = relationship;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("competentAuthority")
    public String getCompetentAuthority() {
        return competentAuthority;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("competentAuthority")
    public void setCompetentAuthority(String competentAuthority) {
        this.competentAuthority = competentAuthority;
    }

    public UsingUnit__1 withCompetentAuthority(String competentAuthority) {
        this.competentAuthority = competentAuthority;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("rating")
    public String getRating() {
        return rating;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("rating")
    public void setRating(String rating) {
        this.rating = rating;
    }

    public UsingUnit__1 withRating(String rating) {
        this.rating = rating;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("countedInInitialThresholds")
    public Boolean getCountedInInitialThresholds() {
        return countedInInitialThresholds;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("countedInInitialThresholds")
    public void setCountedInInitialThresholds(Boolean countedInInitialThresholds) {
        this.countedInInitialThresholds = countedInInitialThresholds;
    }

    public UsingUnit__1 withCountedInInitialThresholds(Boolean countedInInitialThresholds) {
        this.countedInInitialThresholds = countedInInitialThresholds;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("activeSince")
    public String getActiveSince() {
        return activeSince;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("activeSince")
    public void setActiveSince(String activeSince) {
        this.activeSince = activeSince;
    }

    public UsingUnit__1 withActiveSince(String activeSince) {
        this.activeSince = activeSince;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("suspendedBy")
    public List<String> getSuspendedBy() {
        return suspendedBy;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("suspendedBy")
    public void setSuspendedBy(List<String> suspendedBy) {
        this.suspendedBy = suspendedBy;
    }

    public UsingUnit__1 withSuspendedBy(List<String> suspendedBy) {
        this.suspendedBy = suspendedBy;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("endsOn")
    public Object getEndsOn() {
        return endsOn;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("endsOn")
    public void setEndsOn(Object endsOn) {
        this.endsOn = endsOn;
    }

    public UsingUnit__1 withEndsOn(Object endsOn) {
        this.endsOn = endsOn;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("ended")
    public Ended getEnded() {
        return ended;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("ended")
    public void setEnded(Ended ended) {
        this.ended = ended;
    }

    public UsingUnit__1 withEnded(Ended ended) {
        this.ended = ended;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("flowData")
    public List<FlowDatum> getFlowData() {
        return flowData;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("flowData")
    public void setFlowData(List<FlowDatum> flowData) {
        this.flowData = flowData;
    }

    public UsingUnit__1 withFlowData(List<FlowDatum> flowData) {
        this.flowData = flowData;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("forOfficer")
    public List<String> getForOfficer() {
        return forOfficer;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("forOfficer")
    public void setForOfficer(List<String> forOfficer) {
        this.forOfficer = forOfficer;
    }

    public UsingUnit__1 withForOfficer(List<String> forOfficer) {
        this.forOfficer = forOfficer;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("returns")
    public Double getReturns() {
        return returns;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("returns")
    public void setReturns(Double returns) {
        this.returns = returns;
    }

    public UsingUnit__1 withReturns(Double returns) {
        this.returns = returns;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("nextDeadlines")
    public List<NextDeadline> getNextDeadlines() {
        return nextDeadlines;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("nextDeadlines")
    public void setNextDeadlines(List<NextDeadline> nextDeadlines) {
        this.nextDeadlines = nextDeadlines;
    }

    public UsingUnit__1 withNextDeadlines(List<NextDeadline> nextDeadlines) {
        this.nextDeadlines = nextDeadlines;
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

    public UsingUnit__1 withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(UsingUnit__1 .class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("uscc");
        sb.append('=');
        sb.append(((this.uscc == null)?"<null>":this.uscc));
        sb.append(',');
        sb.append("name");
        sb.append('=');
        sb.append(((this.name == null)?"<null>":this.name));
        sb.append(',');
        sb.append("status");
        sb.append('=');
        sb.append(((this.status == null)?"<null>":this.status));
        sb.append(',');
        sb.append("path");
        sb.append('=');
        sb.append(((this.path == null)?"<null>":this.path));
        sb.append(',');
        sb.append("relationship");
        sb.append('=');
        sb.append(((this.relationship == null)?"<null>":this.relationship));
        sb.append(',');
        sb.append("competentAuthority");
        sb.append('=');
        sb.append(((this.competentAuthority == null)?"<null>":this.competentAuthority));
        sb.append(',');
        sb.append("rating");
        sb.append('=');
        sb.append(((this.rating == null)?"<null>":this.rating));
        sb.append(',');
        sb.append("countedInInitialThresholds");
        sb.append('=');
        sb.append(((this.countedInInitialThresholds == null)?"<null>":this.countedInInitialThresholds));
        sb.append(',');
        sb.append("activeSince");
        sb.append('=');
        sb.append(((this.activeSince == null)?"<null>":this.activeSince));
        sb.append(',');
        sb.append("suspendedBy");
        sb.append('=');
        sb.append(((this.suspendedBy == null)?"<null>":this.suspendedBy));
        sb.append(',');
        sb.append("endsOn");
        sb.append('=');
        sb.append(((this.endsOn == null)?"<null>":this.endsOn));
        sb.append(',');
        sb.append("ended");
        sb.append('=');
        sb.append(((this.ended == null)?"<null>":this.ended));
        sb.append(',');
        sb.append("flowData");
        sb.append('=');
        sb.append(((this.flowData == null)?"<null>":this.flowData));
        sb.append(',');
        sb.append("forOfficer");
        sb.append('=');
        sb.append(((this.forOfficer == null)?"<null>":this.forOfficer));
        sb.append(',');
        sb.append("returns");
        sb.append('=');
        sb.append(((this.returns == null)?"<null>":this.returns));
        sb.append(',');
        sb.append("nextDeadlines");
        sb.append('=');
        sb.append(((this.nextDeadlines == null)?"<null>":this.nextDeadlines));
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
        result = ((result* 31)+((this.endsOn == null)? 0 :this.endsOn.hashCode()));
        result = ((result* 31)+((this.competentAuthority == null)? 0 :this.competentAuthority.hashCode()));
        result = ((result* 31)+((this.uscc == null)? 0 :this.uscc.hashCode()));
        result = ((result* 31)+((this.rating == null)? 0 :this.rating.hashCode()));
        result = ((result* 31)+((this.flowData == null)? 0 :this.flowData.hashCode()));
        result = ((result* 31)+((this.nextDeadlines == null)? 0 :this.nextDeadlines.hashCode()));
        result = ((result* 31)+((this.path == null)? 0 :this.path.hashCode()));
        result = ((result* 31)+((this.activeSince == null)? 0 :this.activeSince.hashCode()));
        result = ((result* 31)+((this.forOfficer == null)? 0 :this.forOfficer.hashCode()));
        result = ((result* 31)+((this.name == null)? 0 :this.name.hashCode()));
        result = ((result* 31)+((this.countedInInitialThresholds == null)? 0 :this.countedInInitialThresholds.hashCode()));
        result = ((result* 31)+((this.ended == null)? 0 :this.ended.hashCode()));
        result = ((result* 31)+((this.returns == null)? 0 :this.returns.hashCode()));
        result = ((result* 31)+((this.suspendedBy == null)? 0 :this.suspendedBy.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.relationship == null)? 0 :this.relationship.hashCode()));
        result = ((result* 31)+((this.status == null)? 0 :this.status.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof UsingUnit__1) == false) {
            return false;
        }
        UsingUnit__1 rhs = ((UsingUnit__1) other);
        return ((((((((((((((((((this.endsOn == rhs.endsOn)||((this.endsOn!= null)&&this.endsOn.equals(rhs.endsOn)))&&((this.competentAuthority == rhs.competentAuthority)||((this.competentAuthority!= null)&&this.competentAuthority.equals(rhs.competentAuthority))))&&((this.uscc == rhs.uscc)||((this.uscc!= null)&&this.uscc.equals(rhs.uscc))))&&((this.rating == rhs.rating)||((this.rating!= null)&&this.rating.equals(rhs.rating))))&&((this.flowData == rhs.flowData)||((this.flowData!= null)&&this.flowData.equals(rhs.flowData))))&&((this.nextDeadlines == rhs.nextDeadlines)||((this.nextDeadlines!= null)&&this.nextDeadlines.equals(rhs.nextDeadlines))))&&((this.path == rhs.path)||((this.path!= null)&&this.path.equals(rhs.path))))&&((this.activeSince == rhs.activeSince)||((this.activeSince!= null)&&this.activeSince.equals(rhs.activeSince))))&&((this.forOfficer == rhs.forOfficer)||((this.forOfficer!= null)&&this.forOfficer.equals(rhs.forOfficer))))&&((this.name == rhs.name)||((this.name!= null)&&this.name.equals(rhs.name))))&&((this.countedInInitialThresholds == rhs.countedInInitialThresholds)||((this.countedInInitialThresholds!= null)&&this.countedInInitialThresholds.equals(rhs.countedInInitialThresholds))))&&((this.ended == rhs.ended)||((this.ended!= null)&&this.ended.equals(rhs.ended))))&&((this.returns == rhs.returns)||((this.returns!= null)&&this.returns.equals(rhs.returns))))&&((this.suspendedBy == rhs.suspendedBy)||((this.suspendedBy!= null)&&this.suspendedBy.equals(rhs.suspendedBy))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.relationship == rhs.relationship)||((this.relationship!= null)&&this.relationship.equals(rhs.relationship))))&&((this.status == rhs.status)||((this.status!= null)&&this.status.equals(rhs.status))));
    }

    public enum Status {

        INVITED("invited"),
        APPLIED("applied"),
        AWAITING_AUTHORITY("awaitingAuthority"),
        RETURNED("returned"),
        ACTIVE("active"),
        SUSPENDED("suspended"),
        LAPSED("lapsed"),
        DECLINED("declined"),
        ENDED("ended");
        private final String value;
        private final static Map<String, UsingUnit__1 .Status> CONSTANTS = new HashMap<String, UsingUnit__1 .Status>();

        static {
            for (UsingUnit__1 .Status c: values()) {
                CONSTANTS.put(c.value, c);
            }
        }

        Status(String value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return this.value;
        }

        @JsonValue
        public String value() {
            return this.value;
        }

        @JsonCreator
        public static UsingUnit__1 .Status fromValue(String value) {
            UsingUnit__1 .Status constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

}
