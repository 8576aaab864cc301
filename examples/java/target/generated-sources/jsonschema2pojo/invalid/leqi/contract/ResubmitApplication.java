
package invalid.leqi.contract;

import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


/**
 * ResubmitApplication
 * <p>
 * 
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "type",
    "actor",
    "requestId",
    "application",
    "materials",
    "authorizationLetter",
    "networkFiling",
    "contacts"
})
public class ResubmitApplication {

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
     * AccessInformationForm
     * <p>
     * 
     * 
     */
    @JsonProperty("application")
    private AccessInformationForm application;
    /**
     * Materials
     * <p>
     * 
     * 
     */
    @JsonProperty("materials")
    private List<Material> materials;
    /**
     * AuthorizationLetter
     * <p>
     * 
     * 
     */
    @JsonProperty("authorizationLetter")
    private AuthorizationLetter authorizationLetter;
    /**
     * NetworkAddressFiling
     * <p>
     * 
     * 
     */
    @JsonProperty("networkFiling")
    private NetworkAddressFiling networkFiling;
    @JsonProperty("contacts")
    private List<Contact> contacts;

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

    public ResubmitApplication withType(String type) {
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

    public ResubmitApplication withActor(Actor actor) {
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

    public ResubmitApplication withRequestId(String requestId) {
        this.requestId = requestId;
        return this;
    }

    /**
     * AccessInformationForm
     * <p>
     * 
     * 
     */
    @JsonProperty("application")
    public AccessInformationForm getApplication() {
        return application;
    }

    /**
     * AccessInformationForm
     * <p>
     * 
     * 
     */
    @JsonProperty("application")
    public void setApplication(AccessInformationForm application) {
        this.application = application;
    }

    public ResubmitApplication withApplication(AccessInformationForm application) {
        this.application = application;
        return this;
    }

    /**
     * Materials
     * <p>
     * 
     * 
     */
    @JsonProperty("materials")
    public List<Material> getMaterials() {
        return materials;
    }

    /**
     * Materials
     * <p>
     * 
     * 
     */
    @JsonProperty("materials")
    public void setMaterials(List<Material> materials) {
        this.materials = materials;
    }

    public ResubmitApplication withMaterials(List<Material> materials) {
        this.materials = materials;
        return this;
    }

    /**
     * AuthorizationLetter
     * <p>
     * 
     * 
     */
    @JsonProperty("authorizationLetter")
    public AuthorizationLetter getAuthorizationLetter() {
        return authorizationLetter;
    }

    /**
     * AuthorizationLetter
     * <p>
     * 
     * 
     */
    @JsonProperty("authorizationLetter")
    public void setAuthorizationLetter(AuthorizationLetter authorizationLetter) {
        this.authorizationLetter = authorizationLetter;
    }

    public ResubmitApplication withAuthorizationLetter(AuthorizationLetter authorizationLetter) {
        this.authorizationLetter = authorizationLetter;
        return this;
    }

    /**
     * NetworkAddressFiling
     * <p>
     * 
     * 
     */
    @JsonProperty("networkFiling")
    public NetworkAddressFiling getNetworkFiling() {
        return networkFiling;
    }

    /**
     * NetworkAddressFiling
     * <p>
     * 
     * 
     */
    @JsonProperty("networkFiling")
    public void setNetworkFiling(NetworkAddressFiling networkFiling) {
        this.networkFiling = networkFiling;
    }

    public ResubmitApplication withNetworkFiling(NetworkAddressFiling networkFiling) {
        this.networkFiling = networkFiling;
        return this;
    }

    @JsonProperty("contacts")
    public List<Contact> getContacts() {
        return contacts;
    }

    @JsonProperty("contacts")
    public void setContacts(List<Contact> contacts) {
        this.contacts = contacts;
    }

    public ResubmitApplication withContacts(List<Contact> contacts) {
        this.contacts = contacts;
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(ResubmitApplication.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
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
        sb.append("application");
        sb.append('=');
        sb.append(((this.application == null)?"<null>":this.application));
        sb.append(',');
        sb.append("materials");
        sb.append('=');
        sb.append(((this.materials == null)?"<null>":this.materials));
        sb.append(',');
        sb.append("authorizationLetter");
        sb.append('=');
        sb.append(((this.authorizationLetter == null)?"<null>":this.authorizationLetter));
        sb.append(',');
        sb.append("networkFiling");
        sb.append('=');
        sb.append(((this.networkFiling == null)?"<null>":this.networkFiling));
        sb.append(',');
        sb.append("contacts");
        sb.append('=');
        sb.append(((this.contacts == null)?"<null>":this.contacts));
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
        result = ((result* 31)+((this.actor == null)? 0 :this.actor.hashCode()));
        result = ((result* 31)+((this.application == null)? 0 :this.application.hashCode()));
        result = ((result* 31)+((this.materials == null)? 0 :this.materials.hashCode()));
        result = ((result* 31)+((this.networkFiling == null)? 0 :this.networkFiling.hashCode()));
        result = ((result* 31)+((this.requestId == null)? 0 :this.requestId.hashCode()));
        result = ((result* 31)+((this.authorizationLetter == null)? 0 :this.authorizationLetter.hashCode()));
        result = ((result* 31)+((this.type == null)? 0 :this.type.hashCode()));
        result = ((result* 31)+((this.contacts == null)? 0 :this.contacts.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof ResubmitApplication) == false) {
            return false;
        }
        ResubmitApplication rhs = ((ResubmitApplication) other);
        return (((((((((this.actor == rhs.actor)||((this.actor!= null)&&this.actor.equals(rhs.actor)))&&((this.application == rhs.application)||((this.application!= null)&&this.application.equals(rhs.application))))&&((this.materials == rhs.materials)||((this.materials!= null)&&this.materials.equals(rhs.materials))))&&((this.networkFiling == rhs.networkFiling)||((this.networkFiling!= null)&&this.networkFiling.equals(rhs.networkFiling))))&&((this.requestId == rhs.requestId)||((this.requestId!= null)&&this.requestId.equals(rhs.requestId))))&&((this.authorizationLetter == rhs.authorizationLetter)||((this.authorizationLetter!= null)&&this.authorizationLetter.equals(rhs.authorizationLetter))))&&((this.type == rhs.type)||((this.type!= null)&&this.type.equals(rhs.type))))&&((this.contacts == rhs.contacts)||((this.contacts!= null)&&this.contacts.equals(rhs.contacts))));
    }

}
