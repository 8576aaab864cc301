
package invalid.leqi.contract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;


/**
 * AcceptInvitation
 * <p>
 * 
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "type",
    "actor",
    "requestId",
    "usingUnit",
    "competentTaxAuthority",
    "relationship",
    "relationshipSince",
    "relationshipProofRef",
    "proofValidUntil",
    "exemptSector",
    "contact",
    "creditRating",
    "inPilotScope",
    "hasMajorTaxViolation3y",
    "canProvideTaxData",
    "otherMaterials"
})
public class AcceptInvitation {

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("type")
    private String type;
    /**
     * Actor
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("actor")
    private Actor actor;
    @JsonProperty("requestId")
    private String requestId;
    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("usingUnit")
    @JsonPropertyDescription("an 18-character unified social credit code (GB 32100-2015)")
    private String usingUnit;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("competentTaxAuthority")
    private String competentTaxAuthority;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("relationship")
    private AcceptInvitation.Relationship relationship;
    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * 
     */
    @JsonProperty("relationshipSince")
    @JsonPropertyDescription("a CST calendar day YYYY-MM-DD; a field `\u2026On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)")
    private String relationshipSince;
    @JsonProperty("relationshipProofRef")
    private String relationshipProofRef;
    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * 
     */
    @JsonProperty("proofValidUntil")
    @JsonPropertyDescription("a CST calendar day YYYY-MM-DD; a field `\u2026On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)")
    private String proofValidUntil;
    @JsonProperty("exemptSector")
    private AcceptInvitation.ExemptSector exemptSector;
    /**
     * Contact
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("contact")
    private Contact contact;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("creditRating")
    private AcceptInvitation.CreditRating creditRating;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("inPilotScope")
    private Boolean inPilotScope;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("hasMajorTaxViolation3y")
    private Boolean hasMajorTaxViolation3y;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("canProvideTaxData")
    private Boolean canProvideTaxData;
    @JsonProperty("otherMaterials")
    private List<String> otherMaterials;

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("type")
    public String getType() {
        return type;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("type")
    public void setType(String type) {
        this.type = type;
    }

    public AcceptInvitation withType(String type) {
        this.type = type;
        return this;
    }

    /**
     * Actor
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("actor")
    public Actor getActor() {
        return actor;
    }

    /**
     * Actor
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("actor")
    public void setActor(Actor actor) {
        this.actor = actor;
    }

    public AcceptInvitation withActor(Actor actor) {
        this.actor = actor;
        return this;
    }

    @JsonProperty("requestId")
    public String getRequestId() {
        return requestId;
    }

    @JsonProperty("requestId")
    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public AcceptInvitation withRequestId(String requestId) {
        this.requestId = requestId;
        return this;
    }

    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("usingUnit")
    public String getUsingUnit() {
        return usingUnit;
    }

    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("usingUnit")
    public void setUsingUnit(String usingUnit) {
        this.usingUnit = usingUnit;
    }

    public AcceptInvitation withUsingUnit(String usingUnit) {
        this.usingUnit = usingUnit;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("competentTaxAuthority")
    public String getCompetentTaxAuthority() {
        return competentTaxAuthority;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("competentTaxAuthority")
    public void setCompetentTaxAuthority(String competentTaxAuthority) {
        this.competentTaxAuthority = competentTaxAuthority;
    }

    public AcceptInvitation withCompetentTaxAuthority(String competentTaxAuthority) {
        this.competentTaxAuthority = competentTaxAuthority;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("relationship")
    public AcceptInvitation.Relationship getRelationship() {
        return relationship;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("relationship")
    public void setRelationship(AcceptInvitation.Relationship relationship) {
        this.relationship = relationship;
    }

    public AcceptInvitation withRelationship(AcceptInvitation.Relationship relationship) {
        this.relationship = relationship;
        return this;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * 
     */
    @JsonProperty("relationshipSince")
    public String getRelationshipSince() {
        return relationshipSince;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * 
     */
    @JsonProperty("relationshipSince")
    public void setRelationshipSince(String relationshipSince) {
        this.relationshipSince = relationshipSince;
    }

    public AcceptInvitation withRelationshipSince(String relationshipSince) {
        this.relationshipSince = relationshipSince;
        return this;
    }

    @JsonProperty("relationshipProofRef")
    public String getRelationshipProofRef() {
        return relationshipProofRef;
    }

    @JsonProperty("relationshipProofRef")
    public void setRelationshipProofRef(String relationshipProofRef) {
        this.relationshipProofRef = relationshipProofRef;
    }

    public AcceptInvitation withRelationshipProofRef(String relationshipProofRef) {
        this.relationshipProofRef = relationshipProofRef;
        return this;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * 
     */
    @JsonProperty("proofValidUntil")
    public String getProofValidUntil() {
        return proofValidUntil;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * 
     */
    @JsonProperty("proofValidUntil")
    public void setProofValidUntil(String proofValidUntil) {
        this.proofValidUntil = proofValidUntil;
    }

    public AcceptInvitation withProofValidUntil(String proofValidUntil) {
        this.proofValidUntil = proofValidUntil;
        return this;
    }

    @JsonProperty("exemptSector")
    public AcceptInvitation.ExemptSector getExemptSector() {
        return exemptSector;
    }

    @JsonProperty("exemptSector")
    public void setExemptSector(AcceptInvitation.ExemptSector exemptSector) {
        this.exemptSector = exemptSector;
    }

    public AcceptInvitation withExemptSector(AcceptInvitation.ExemptSector exemptSector) {
        this.exemptSector = exemptSector;
        return this;
    }

    /**
     * Contact
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("contact")
    public Contact getContact() {
        return contact;
    }

    /**
     * Contact
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("contact")
    public void setContact(Contact contact) {
        this.contact = contact;
    }

    public AcceptInvitation withContact(Contact contact) {
        this.contact = contact;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("creditRating")
    public AcceptInvitation.CreditRating getCreditRating() {
        return creditRating;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("creditRating")
    public void setCreditRating(AcceptInvitation.CreditRating creditRating) {
        this.creditRating = creditRating;
    }

    public AcceptInvitation withCreditRating(AcceptInvitation.CreditRating creditRating) {
        this.creditRating = creditRating;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("inPilotScope")
    public Boolean getInPilotScope() {
        return inPilotScope;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("inPilotScope")
    public void setInPilotScope(Boolean inPilotScope) {
        this.inPilotScope = inPilotScope;
    }

    public AcceptInvitation withInPilotScope(Boolean inPilotScope) {
        this.inPilotScope = inPilotScope;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("hasMajorTaxViolation3y")
    public Boolean getHasMajorTaxViolation3y() {
        return hasMajorTaxViolation3y;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("hasMajorTaxViolation3y")
    public void setHasMajorTaxViolation3y(Boolean hasMajorTaxViolation3y) {
        this.hasMajorTaxViolation3y = hasMajorTaxViolation3y;
    }

    public AcceptInvitation withHasMajorTaxViolation3y(Boolean hasMajorTaxViolation3y) {
        this.hasMajorTaxViolation3y = hasMajorTaxViolation3y;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("canProvideTaxData")
    public Boolean getCanProvideTaxData() {
        return canProvideTaxData;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("canProvideTaxData")
    public void setCanProvideTaxData(Boolean canProvideTaxData) {
        this.canProvideTaxData = canProvideTaxData;
    }

    public AcceptInvitation withCanProvideTaxData(Boolean canProvideTaxData) {
        this.canProvideTaxData = canProvideTaxData;
        return this;
    }

    @JsonProperty("otherMaterials")
    public List<String> getOtherMaterials() {
        return otherMaterials;
    }

    @JsonProperty("otherMaterials")
    public void setOtherMaterials(List<String> otherMaterials) {
        this.otherMaterials = otherMaterials;
    }

    public AcceptInvitation withOtherMaterials(List<String> otherMaterials) {
        this.otherMaterials = otherMaterials;
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(AcceptInvitation.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("type");
        sb.append('=');
        sb.append(((this.type == null)?"<null>":this.type));
        sb.append(',');
        sb.append("actor");
        sb.append('=');
        sb.append(((this.actor == null)?"<null>":this.actor));
        sb.append(',');
        sb.append("requestId");
        sb.append('=');
        sb.append(((this.requestId == null)?"<null>":this.requestId));
        sb.append(',');
        sb.append("usingUnit");
        sb.append('=');
        sb.append(((this.usingUnit == null)?"<null>":this.usingUnit));
        sb.append(',');
        sb.append("competentTaxAuthority");
        sb.append('=');
        sb.append(((this.competentTaxAuthority == null)?"<null>":this.competentTaxAuthority));
        sb.append(',');
        sb.append("relationship");
        sb.append('=');
        sb.append(((this.relationship == null)?"<null>":this.relationship));
        sb.append(',');
        sb.append("relationshipSince");
        sb.append('=');
        sb.append(((this.relationshipSince == null)?"<null>":this.relationshipSince));
        sb.append(',');
        sb.append("relationshipProofRef");
        sb.append('=');
        sb.append(((this.relationshipProofRef == null)?"<null>":this.relationshipProofRef));
        sb.append(',');
        sb.append("proofValidUntil");
        sb.append('=');
        sb.append(((this.proofValidUntil == null)?"<null>":this.proofValidUntil));
        sb.append(',');
        sb.append("exemptSector");
        sb.append('=');
        sb.append(((this.exemptSector == null)?"<null>":this.exemptSector));
        sb.append(',');
        sb.append("contact");
        sb.append('=');
        sb.append(((this.contact == null)?"<null>":this.contact));
        sb.append(',');
        sb.append("creditRating");
        sb.append('=');
        sb.append(((this.creditRating == null)?"<null>":this.creditRating));
        sb.append(',');
        sb.append("inPilotScope");
        sb.append('=');
        sb.append(((this.inPilotScope == null)?"<null>":this.inPilotScope));
        sb.append(',');
        sb.append("hasMajorTaxViolation3y");
        sb.append('=');
        sb.append(((this.hasMajorTaxViolation3y == null)?"<null>":this.hasMajorTaxViolation3y));
        sb.append(',');
        sb.append("canProvideTaxData");
        sb.append('=');
        sb.append(((this.canProvideTaxData == null)?"<null>":this.canProvideTaxData));
        sb.append(',');
        sb.append("otherMaterials");
        sb.append('=');
        sb.append(((this.otherMaterials == null)?"<null>":this.otherMaterials));
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
        result = ((result* 31)+((this.proofValidUntil == null)? 0 :this.proofValidUntil.hashCode()));
        result = ((result* 31)+((this.relationshipSince == null)? 0 :this.relationshipSince.hashCode()));
        result = ((result* 31)+((this.relationshipProofRef == null)? 0 :this.relationshipProofRef.hashCode()));
        result = ((result* 31)+((this.inPilotScope == null)? 0 :this.inPilotScope.hashCode()));
        result = ((result* 31)+((this.type == null)? 0 :this.type.hashCode()));
        result = ((result* 31)+((this.usingUnit == null)? 0 :this.usingUnit.hashCode()));
        result = ((result* 31)+((this.actor == null)? 0 :this.actor.hashCode()));
        result = ((result* 31)+((this.canProvideTaxData == null)? 0 :this.canProvideTaxData.hashCode()));
        result = ((result* 31)+((this.otherMaterials == null)? 0 :this.otherMaterials.hashCode()));
        result = ((result* 31)+((this.competentTaxAuthority == null)? 0 :this.competentTaxAuthority.hashCode()));
        result = ((result* 31)+((this.requestId == null)? 0 :this.requestId.hashCode()));
        result = ((result* 31)+((this.contact == null)? 0 :this.contact.hashCode()));
        result = ((result* 31)+((this.exemptSector == null)? 0 :this.exemptSector.hashCode()));
        result = ((result* 31)+((this.hasMajorTaxViolation3y == null)? 0 :this.hasMajorTaxViolation3y.hashCode()));
        result = ((result* 31)+((this.relationship == null)? 0 :this.relationship.hashCode()));
        result = ((result* 31)+((this.creditRating == null)? 0 :this.creditRating.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof AcceptInvitation) == false) {
            return false;
        }
        AcceptInvitation rhs = ((AcceptInvitation) other);
        return (((((((((((((((((this.proofValidUntil == rhs.proofValidUntil)||((this.proofValidUntil!= null)&&this.proofValidUntil.equals(rhs.proofValidUntil)))&&((this.relationshipSince == rhs.relationshipSince)||((this.relationshipSince!= null)&&this.relationshipSince.equals(rhs.relationshipSince))))&&((this.relationshipProofRef == rhs.relationshipProofRef)||((this.relationshipProofRef!= null)&&this.relationshipProofRef.equals(rhs.relationshipProofRef))))&&((this.inPilotScope == rhs.inPilotScope)||((this.inPilotScope!= null)&&this.inPilotScope.equals(rhs.inPilotScope))))&&((this.type == rhs.type)||((this.type!= null)&&this.type.equals(rhs.type))))&&((this.usingUnit == rhs.usingUnit)||((this.usingUnit!= null)&&this.usingUnit.equals(rhs.usingUnit))))&&((this.actor == rhs.actor)||((this.actor!= null)&&this.actor.equals(rhs.actor))))&&((this.canProvideTaxData == rhs.canProvideTaxData)||((this.canProvideTaxData!= null)&&this.canProvideTaxData.equals(rhs.canProvideTaxData))))&&((this.otherMaterials == rhs.otherMaterials)||((this.otherMaterials!= null)&&this.otherMaterials.equals(rhs.otherMaterials))))&&((this.competentTaxAuthority == rhs.competentTaxAuthority)||((this.competentTaxAuthority!= null)&&this.competentTaxAuthority.equals(rhs.competentTaxAuthority))))&&((this.requestId == rhs.requestId)||((this.requestId!= null)&&this.requestId.equals(rhs.requestId))))&&((this.contact == rhs.contact)||((this.contact!= null)&&this.contact.equals(rhs.contact))))&&((this.exemptSector == rhs.exemptSector)||((this.exemptSector!= null)&&this.exemptSector.equals(rhs.exemptSector))))&&((this.hasMajorTaxViolation3y == rhs.hasMajorTaxViolation3y)||((this.hasMajorTaxViolation3y!= null)&&this.hasMajorTaxViolation3y.equals(rhs.hasMajorTaxViolation3y))))&&((this.relationship == rhs.relationship)||((this.relationship!= null)&&this.relationship.equals(rhs.relationship))))&&((this.creditRating == rhs.creditRating)||((this.creditRating!= null)&&this.creditRating.equals(rhs.creditRating))));
    }

    public enum CreditRating {

        A("A"),
        B("B"),
        M("M"),
        C("C"),
        D("D");
        private final String value;
        private final static Map<String, AcceptInvitation.CreditRating> CONSTANTS = new HashMap<String, AcceptInvitation.CreditRating>();

        static {
            for (AcceptInvitation.CreditRating c: values()) {
                CONSTANTS.put(c.value, c);
            }
        }

        CreditRating(String value) {
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
        public static AcceptInvitation.CreditRating fromValue(String value) {
            AcceptInvitation.CreditRating constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

    public enum ExemptSector {

        RAILWAY("RAILWAY"),
        CIVIL_AVIATION("CIVIL_AVIATION"),
        HIGHWAY("HIGHWAY"),
        OTHER_DESIGNATED("OTHER_DESIGNATED");
        private final String value;
        private final static Map<String, AcceptInvitation.ExemptSector> CONSTANTS = new HashMap<String, AcceptInvitation.ExemptSector>();

        static {
            for (AcceptInvitation.ExemptSector c: values()) {
                CONSTANTS.put(c.value, c);
            }
        }

        ExemptSector(String value) {
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
        public static AcceptInvitation.ExemptSector fromValue(String value) {
            AcceptInvitation.ExemptSector constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

    public enum Relationship {

        SELF("SELF"),
        HEAD_BRANCH("HEAD_BRANCH"),
        GROUP_MEMBER("GROUP_MEMBER"),
        EQUITY_CONTROL("EQUITY_CONTROL"),
        NONE("NONE");
        private final String value;
        private final static Map<String, AcceptInvitation.Relationship> CONSTANTS = new HashMap<String, AcceptInvitation.Relationship>();

        static {
            for (AcceptInvitation.Relationship c: values()) {
                CONSTANTS.put(c.value, c);
            }
        }

        Relationship(String value) {
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
        public static AcceptInvitation.Relationship fromValue(String value) {
            AcceptInvitation.Relationship constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

}
