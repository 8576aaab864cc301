
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
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "uscc",
    "name",
    "relationship",
    "relationshipSince",
    "proofRef",
    "exemptSector",
    "competentAuthority",
    "path",
    "effectiveFrom",
    "effectiveTo",
    "changes",
    "current"
})
public class RelationshipLedger {

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
    @JsonProperty("relationship")
    private String relationship;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("relationshipSince")
    private Object relationshipSince;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("proofRef")
    private String proofRef;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("exemptSector")
    private Object exemptSector;
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
    @JsonProperty("path")
    private RelationshipLedger.Path path;
    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("effectiveFrom")
    @JsonPropertyDescription("a CST calendar day YYYY-MM-DD; a field `\u2026On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)")
    private String effectiveFrom;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("effectiveTo")
    private Object effectiveTo;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("changes")
    private List<Change> changes;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("current")
    private Boolean current;
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

    public RelationshipLedger withUscc(String uscc) {
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

    public RelationshipLedger withName(String name) {
        this.name = name;
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

    public RelationshipLedger withRelationship(String relationship) {
        this.relationship = relationship;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("relationshipSince")
    public Object getRelationshipSince() {
        return relationshipSince;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("relationshipSince")
    public void setRelationshipSince(Object relationshipSince) {
        this.relationshipSince = relationshipSince;
    }

    public RelationshipLedger withRelationshipSince(Object relationshipSince) {
        this.relationshipSince = relationshipSince;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("proofRef")
    public String getProofRef() {
        return proofRef;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("proofRef")
    public void setProofRef(String proofRef) {
        this.proofRef = proofRef;
    }

    public RelationshipLedger withProofRef(String proofRef) {
        this.proofRef = proofRef;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("exemptSector")
    public Object getExemptSector() {
        return exemptSector;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("exemptSector")
    public void setExemptSector(Object exemptSector) {
        this.exemptSector = exemptSector;
    }

    public RelationshipLedger withExemptSector(Object exemptSector) {
        this.exemptSector = exemptSector;
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

    public RelationshipLedger withCompetentAuthority(String competentAuthority) {
        this.competentAuthority = competentAuthority;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("path")
    public RelationshipLedger.Path getPath() {
        return path;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("path")
    public void setPath(RelationshipLedger.Path path) {
        this.path = path;
    }

    public RelationshipLedger withPath(RelationshipLedger.Path path) {
        this.path = path;
        return this;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("effectiveFrom")
    public String getEffectiveFrom() {
        return effectiveFrom;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("effectiveFrom")
    public void setEffectiveFrom(String effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public RelationshipLedger withEffectiveFrom(String effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("effectiveTo")
    public Object getEffectiveTo() {
        return effectiveTo;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("effectiveTo")
    public void setEffectiveTo(Object effectiveTo) {
        this.effectiveTo = effectiveTo;
    }

    public RelationshipLedger withEffectiveTo(Object effectiveTo) {
        this.effectiveTo = effectiveTo;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("changes")
    public List<Change> getChanges() {
        return changes;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("changes")
    public void setChanges(List<Change> changes) {
        this.changes = changes;
    }

    public RelationshipLedger withChanges(List<Change> changes) {
        this.changes = changes;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("current")
    public Boolean getCurrent() {
        return current;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("current")
    public void setCurrent(Boolean current) {
        this.current = current;
    }

    public RelationshipLedger withCurrent(Boolean current) {
        this.current = current;
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

    public RelationshipLedger withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(RelationshipLedger.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("uscc");
        sb.append('=');
        sb.append(((this.uscc == null)?"<null>":this.uscc));
        sb.append(',');
        sb.append("name");
        sb.append('=');
        sb.append(((this.name == null)?"<null>":this.name));
        sb.append(',');
        sb.append("relationship");
        sb.append('=');
        sb.append(((this.relationship == null)?"<null>":this.relationship));
        sb.append(',');
        sb.append("relationshipSince");
        sb.append('=');
        sb.append(((this.relationshipSince == null)?"<null>":this.relationshipSince));
        sb.append(',');
        sb.append("proofRef");
        sb.append('=');
        sb.append(((this.proofRef == null)?"<null>":this.proofRef));
        sb.append(',');
        sb.append("exemptSector");
        sb.append('=');
        sb.append(((this.exemptSector == null)?"<null>":this.exemptSector));
        sb.append(',');
        sb.append("competentAuthority");
        sb.append('=');
        sb.append(((this.competentAuthority == null)?"<null>":this.competentAuthority));
        sb.append(',');
        sb.append("path");
        sb.append('=');
        sb.append(((this.path == null)?"<null>":this.path));
        sb.append(',');
        sb.append("effectiveFrom");
        sb.append('=');
        sb.append(((this.effectiveFrom == null)?"<null>":this.effectiveFrom));
        sb.append(',');
        sb.append("effectiveTo");
        sb.append('=');
        sb.append(((this.effectiveTo == null)?"<null>":this.effectiveTo));
        sb.append(',');
        sb.append("changes");
        sb.append('=');
        sb.append(((this.changes == null)?"<null>":this.changes));
        sb.append(',');
        sb.append("current");
        sb.append('=');
        sb.append(((this.current == null)?"<null>":this.current));
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
        result = ((result* 31)+((this.relationshipSince == null)? 0 :this.relationshipSince.hashCode()));
        result = ((result* 31)+((this.competentAuthority == null)? 0 :this.competentAuthority.hashCode()));
        result = ((result* 31)+((this.uscc == null)? 0 :this.uscc.hashCode()));
        result = ((result* 31)+((this.changes == null)? 0 :this.changes.hashCode()));
        result = ((result* 31)+((this.proofRef == null)? 0 :this.proofRef.hashCode()));
        result = ((result* 31)+((this.effectiveTo == null)? 0 :this.effectiveTo.hashCode()));
        result = ((result* 31)+((this.path == null)? 0 :this.path.hashCode()));
        result = ((result* 31)+((this.current == null)? 0 :this.current.hashCode()));
        result = ((result* 31)+((this.name == null)? 0 :this.name.hashCode()));
        result = ((result* 31)+((this.exemptSector == null)? 0 :this.exemptSector.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.relationship == null)? 0 :this.relationship.hashCode()));
        result = ((result* 31)+((this.effectiveFrom == null)? 0 :this.effectiveFrom.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof RelationshipLedger) == false) {
            return false;
        }
        RelationshipLedger rhs = ((RelationshipLedger) other);
        return ((((((((((((((this.relationshipSince == rhs.relationshipSince)||((this.relationshipSince!= null)&&this.relationshipSince.equals(rhs.relationshipSince)))&&((this.competentAuthority == rhs.competentAuthority)||((this.competentAuthority!= null)&&this.competentAuthority.equals(rhs.competentAuthority))))&&((this.uscc == rhs.uscc)||((this.uscc!= null)&&this.uscc.equals(rhs.uscc))))&&((this.changes == rhs.changes)||((this.changes!= null)&&this.changes.equals(rhs.changes))))&&((this.proofRef == rhs.proofRef)||((this.proofRef!= null)&&this.proofRef.equals(rhs.proofRef))))&&((this.effectiveTo == rhs.effectiveTo)||((this.effectiveTo!= null)&&this.effectiveTo.equals(rhs.effectiveTo))))&&((this.path == rhs.path)||((this.path!= null)&&this.path.equals(rhs.path))))&&((this.current == rhs.current)||((this.current!= null)&&this.current.equals(rhs.current))))&&((this.name == rhs.name)||((this.name!= null)&&this.name.equals(rhs.name))))&&((this.exemptSector == rhs.exemptSector)||((this.exemptSector!= null)&&this.exemptSector.equals(rhs.exemptSector))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.relationship == rhs.relationship)||((this.relationship!= null)&&this.relationship.equals(rhs.relationship))))&&((this.effectiveFrom == rhs.effectiveFrom)||((this.effectiveFrom!= null)&&this.effectiveFrom.equals(rhs.effectiveFrom))));
    }

    public enum Path {

        INVITATION("invitation"),
        APPLICATION("application"),
        SIMULTANEOUS("simultaneous");
        private final String value;
        private final static Map<String, RelationshipLedger.Path> CONSTANTS = new HashMap<String, RelationshipLedger.Path>();

        static {
            for (RelationshipLedger.Path c: values()) {
                CONSTANTS.put(c.value, c);
            }
        }

        Path(String value) {
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
        public static RelationshipLedger.Path fromValue(String value) {
            RelationshipLedger.Path constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

}
