package io.rekindle.suppression.domain.bounce;

import static io.rekindle.suppression.domain.bounce.BounceReason.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Diagnostic-text phrase tables, one row per reason, tried top to bottom on lower-cased text. The order is
 * the point: causes that servers report in the words of another cause come first (an SPF failure is
 * often worded "rejected", a blocklisted IP "user unknown"), generic recipient wording comes late.
 */
final class ReasonPhrases {

    /** One reason and the phrases that indicate it. */
    record Row(BounceReason reason, Pattern phrases) {
    }

    /**
     * Codes and wording whose meaning one MTA or provider fixes in its own notices, so they decide before the
     * status code and the SMTP-command rule (as sisimai's per-MTA and per-host tables do): the provider may
     * misuse a status code (GoDaddy rate limits with 5.1.1, Exchange Online says 5.1.10 for an unknown
     * recipient) or answer without naming the command.
     */
    static final List<Row> EXPLICIT = List.of(
            // Exchange 2003/5.5 NDR codes, "MSEXCH:IMS:... 0 (000C05A6) Unknown Recipient" (Microsoft KB Q183588).
            row(USERUNKNOWN, "\\(000c05a6\\)",
                    // Exchange Online / Office 365 categorizer results.
                    "resolver\\.adr\\.(?:recipientnotfound|exrecipnotfound)", "recipient not found by smtp address lookup",
                    // RFC 5321 section 4.2 reply texts for a refused RCPT (Outlook.com, Verizon).
                    "requested action not taken: (?:mailbox unavailable|no such user)",
                    // IMail Server, Lotus Domino, InterScan MSS and Google's own notices about an unknown address.
                    "invalid final delivery userid", "^unknown user: ", "not listed in (?:the )?(?:public )?name (?:&|and) address book",
                    "please check if (?:the )?address is correct",
                    // Yahoo's "554 delivery error: dd This user doesn't have a yahoo.com account", Verizon's MMS gateway,
                    // and Sendmail's local delivery agent, which answers for the mailbox store itself.
                    "delivery error: dd this user doesn'?t have an? ", "no valid recipients for this mm",
                    "mail\\.local: unknown user",
                    // Office 365's NDR template for a recipient the destination does not know (5.1.10, 5.1.351).
                    "email address you sent your message to wasn'?t found at the destination domain"),
            // Yahoo's "554 delivery error: dd x@yahoo.com is no longer valid": a closed account.
            row(SUSPEND, "delivery error: dd \\S+ is no longer valid", "this mailbox is disabled"),
            // cPanel's Exim: "The account or domain may not exist, they may be blacklisted, or missing the proper dns entries."
            row(HOSTUNKNOWN, "the account or domain may not exist"),
            // Postfix before 3.0 could not parse an RFC 7505 null MX ("MX 0 .") and bounced it with 5.4.4 as a
            // malformed MX reply: the domain publishes that it accepts no mail.
            row(NOTACCEPT, "type=mx: malformed or unexpected name server reply"),
            // Gmail gave up after its connection attempts were refused or timed out.
            row(EXPIRED, "the recipient server did not accept our requests to connect"),
            // Google Groups' refusal (sent in the poster's language) links its help page: the group does not
            // exist or we may not post to it, a refusal of the sender.
            row(REJECTED, "groups\\.google\\.com/support"),
            row(FILTERED, "\\(000c0595\\)"),
            row(SYSTEMERROR, "\\((?:00010256|000d06b5)\\)",
                    // qmail-ldap cannot reach its own directory: a local fault even when qmail finally gives up.
                    "unable to contact ldap server"),
            row(NETWORKERROR, "\\(00120270\\)",
                    // Exchange Online 4.4.312 / 5.4.312: the destination's DNS did not answer.
                    "dns query failed"),
            row(CONTENTERROR, "\\((?:00050311|000502cc)\\)"),
            row(SECURITYERROR, "\\(000b0981\\)"),
            // GoDaddy (IB607) reports its per-hour recipient limit with 5.1.1.
            row(SPEEDING, "has sent to too many recipients"),
            // Orange / La Poste "Service refusé" (OFR_999, LPN006) and Cox's AUP#...RBL codes block the sending IP.
            row(BLOCKED, "service refus", "aup#\\w*(?:rbl|bl)\\b"));

    /** One provider's phrase table and the host names that show a notice or a refusal is that provider's. */
    record Provider(String name, Pattern hosts, List<Row> rows) {
    }

    /**
     * Providers whose documented replies name the cause in their own words: these tables decide before the
     * status code and the SMTP-command rule, but only when the refusing or reporting host is the provider's, as
     * the same words mean something else elsewhere (sisimai's Rhost tables follow the same idea).
     */
    static final List<Provider> PROVIDERS = List.of(
            // Broadcom Email Security.cloud (MessageLabs), knowledge.broadcom.com "Email error and bounce codes".
            provider("messagelabs", "messagelabs\\.com|email security\\.cloud|symanteccloud\\.com",
                    row(USERUNKNOWN, "no such user", "invalid recipient", "recipient mailbox is not allowed",
                            "(?:^|\\s)542 \\S+ rejected"),
                    row(AUTHFAILURE, "domain authentication fail"),
                    row(BADREPUTATION, "connection rejected by policy"),
                    row(REJECTED, "sender envelope domain not allowed for sender ip address",
                            "your (?:domain|email address) has been (?:blocked|blacklisted)",
                            "your envelope sender is in my badmailfrom list"),
                    row(BLOCKED, "your ip is in the pbl", "your ip address (?:\\S+ )?has been (?:blocked|blacklisted)"),
                    row(CONTENTERROR, "stray linefeeds in message"),
                    row(FAILEDSTARTTLS, "tls/sslv3 connection required"),
                    row(NORELAYING, "as a relay, but i have not been configured"),
                    row(NOTCOMPLIANTRFC, "this message is not rfc 5322"),
                    row(SECURITYERROR, "please turn on smtp authentication"),
                    row(SPAMDETECTED, "message filtered", "filtered by outbound scanning"),
                    row(TOOMANYCONN, "too many recipients received this hour", "too many messages")),
            // Mimecast, community.mimecast.com "Mimecast SMTP Error Codes".
            provider("mimecast", "mimecast\\.com",
                    row(USERUNKNOWN, "invalid recipient", "user unknown", "invalid address"),
                    row(BLOCKED, "sender address blocked", "ip temporarily blacklisted", "recipient temporarily unavailable",
                            "internal resources are temporarily unavailable", "local ct ip reputation"),
                    row(MESGTOOBIG, "maximum email size exceeded"),
                    row(NETWORKERROR, "mail loop detected"),
                    row(NORELAYING, "open relay not allowed"),
                    row(NOTACCEPT, "account inbounds disabled"),
                    row(POLICYVIOLATION, "anti-spoofing policy", "content examination policy", "host network not allowed"),
                    row(REJECTED, "administrative prohibition envelope blocked", "envelope blocked", "blocked senders",
                            "block policy for envelope from"),
                    row(SECURITYERROR, "incorrect authentication data", "this route requires", "configuration is invalid for this certificate"),
                    row(SYSTEMERROR, "unable to process (?:connection|command|an email)", "message ended early"),
                    row(TOOMANYCONN, "account service is temporarily unavailable", "too many recipients", "exceeding outbound thread limit"),
                    row(VIRUSDETECTED, "email rejected due to security policies")),
            // Zoho Mail reports a destination it gave up retrying as "Host not reachable".
            provider("zoho", "zoho(?:mail)?\\.com", row(EXPIRED, "host not reachable")));

    static final List<Row> TABLE = List.of(
            row(EXPIRED, "message expired", "envelope expired", "delivery time expired", "retry time(?:out)? (?:not reached|exceeded)",
                    "retry timeout", "queue(?:d)? too long", "too long in (?:the )?queue", "not going to try again",
                    "connection timed out",
                    "could not deliver for the last", "delivery failed \\d+ attempts", "unable to deliver in \\d+",
                    "warning message only", "will (?:continue to )?(?:retry|try)", "has not been delivered for"),
            row(FAILEDSTARTTLS, "starttls", "tls is required", "requires? (?:a )?(?:secure|tls|encrypted) connection",
                    "must issue a starttls", "encryption required"),
            row(AUTHFAILURE, "\\bspf\\b", "\\bdkim\\b", "\\bdmarc\\b", "sender policy framework",
                    "does not designate .* as permitted", "unauthenticated (?:e-?mail|message|sender)",
                    "is not authenticated", "authentication (?:checks? )?(?:failed|failure)(?! .*smtp auth)",
                    "not pass (?:the )?authentication"),
            row(REQUIREPTR, "\\bptr\\b", "reverse (?:dns|lookup|hostname|name|ip)", "\\brdns\\b",
                    "cannot find your hostname", "ip name lookup failed", "cannot resolve your (?:address|ip|hostname)",
                    "no reverse", "client host .* rejected: cannot find", "unresolvable (?:ip|address|host ?name)",
                    "not have a reverse", "hostname .* does not resolve", "lookup of your ip",
                    // GMX / web.de: "service permits 2 unverifyable sending IPs", i.e. IPs without a matching PTR.
                    "unverif(?:y|i)able sending ips?"),
            row(BADREPUTATION, "reputation", "sender score", "senderscore",
                    // Yahoo's [TSS04] deferral: our IP sent unexpected volume or drew complaints.
                    "unexpected volume or user complaints"),
            row(POLICYVIOLATION, "rejected for policy reasons", "content presents a potential"),
            // Resolver failures that may clear on retry, worded like a missing host (Postfix "Host not found, try again").
            row(NETWORKERROR, "host not found, try again", "malformed (?:or unexpected )?name server reply"),
            row(TOOMANYCONN, "too many (?:simultaneous |concurrent |open )?connections", "connection rate limit", "too many recipients", "connection limit",
                    "too many (?:smtp )?sessions", "too many concurrent", "too many hosts"),
            row(SPEEDING, "rate limit", "ratelimit", "sending (?:too fast|rate)", "throttl", "too many (?:messages|emails|mails)",
                    "exceeded (?:the )?(?:hourly|daily) (?:sending )?limit", "too much mail from"),
            row(NORELAYING, "relay(?:ing)? (?:access )?(?:denied|not permitted|not allowed|prohibited|refused)",
                    "not permitted to relay", "unable to relay", "we do not relay", "not a gateway", "relay not permitted",
                    "cannot relay", "open relay not allowed", "not an open relay", "relaying (?:mail )?(?:to|from) .* (?:denied|not)", "no relaying",
                    "does not relay", "relay access", "not (?:a )?local (?:domain|recipient)", "isn't in my list of allowed rcpthosts",
                    "not in my list of allowed rcpthosts", "unable to deliver to remote",
                    // Amazon SES refuses to relay for a sender identity that is not verified in the account.
                    "email address is not verified"),
            row(REJECTED, "sender (?:address |domain )?(?:rejected|denied|refused|blocked|verify failed|not allowed|unknown|invalid)",
                    "domain of sender", "sender domain", "envelope sender", "mail from .* (?:rejected|refused|denied)",
                    "bad sender", "return path", "address of the sender", "invalid sender", "sender is not allowed",
                    "not allowed to post", "don't have permission to post", "senders? (?:is |are )?(?:not |un)authori[sz]ed",
                    "sender .* (?:rejected|refused)", "rejected .* sender", "from address .* (?:rejected|not)",
                    "the sender", "unknown sender", "sender verification", "unroutable sender"),
            row(BLOCKED, "black ?list", "block ?list", "blocklisted", "blacklisted", "spamhaus", "spamcop", "sorbs", "\\brbl\\b",
                    "\\bdnsbl\\b", "listed (?:in|on|at|by) ", "your (?:ip|ip address|host|server|network|domain)\\b.* (?:is |has been |was )?(?:blocked|banned|rejected|not allowed|listed)",
                    "(?:ip|host|network|client|connection|sender ip) (?:address )?(?:\\S+ )?(?:is |has been )?(?:blocked|banned|refused)",
                    "client host (?:\\[?\\S+\\]? )?rejected", "access denied", "refused to talk to me",
                    "not allowed to (?:send|connect|relay mail from)", "blocked using", "rejected because of the ip",
                    "connection (?:refused|rejected|dropped) (?:by|from|due)", "denied by (?:the )?(?:spam|policy|administrator)",
                    "has been blocked", "on our block", "banned", "poor reputation", "not accepting mail from your",
                    "domain is not allowed", "is not allowed to send", "refused by the remote", "no access from",
                    "your access to this mail system", "hostname .* rejected", "helo command rejected", "ehlo.*rejected",
                    "invalid helo", "after initial connection", "after (?:helo|ehlo)", "\\bjunkmail rejected", "your e-?mail is redundant"),
            row(VIRUSDETECTED, "virus", "malware", "infected", "trojan", "worm found"),
            row(SPAMDETECTED, "spam", "junk mail", "bulk mail", "unsolicited", "content rejected", "message content (?:was )?rejected",
                    "considered as (?:junk|spam)", "scored too high", "looks like spam", "suspicious (?:content|message|url)",
                    "high probability of", "uce\\b", "detected as"),
            row(NOTCOMPLIANTRFC, "rfc ?5322", "rfc ?2822", "rfc ?822", "not rfc.?compliant", "rfc compliance",
                    "duplicate (?:header|field)", "multiple addresses in (?:from|to|sender|reply-to)", "(?:multiple|more than one) (?:from|to|subject|date|message-id|sender) (?:header|field)",
                    "missing (?:a )?(?:required )?(?:header|date|message-id|from)", "malformed (?:header|message)",
                    "message-id header", "invalid header", "header (?:is not|not compliant)", "bare (?:lf|cr)"),
            row(POLICYVIOLATION, "(?<!privacy )policy", "potential security issue", "violat", "prohibited", "not permitted by", "not acceptable here",
                    "message rejected by (?:the )?administrator", "restricted", "unacceptable", "forbidden",
                    "you are not authori[sz]ed to send", "not authori[sz]ed to send to", "content filter"),
            row(SUSPEND, "suspended", "disabled", "deactivated", "inactive", "not active", "account (?:has been |is )?(?:frozen|locked|expired|closed|blocked)",
                    "mailbox (?:is )?(?:frozen|locked|closed)", "temporarily (?:out of service|unavailable|disabled)",
                    "has been terminated", "is no longer (?:active|in use|enabled)", "is not in service", "unavailable due to"),
            row(HASMOVED, "has moved", "has been moved", "moved permanently", "address changed to", "no longer at this address",
                    "new address is", "replaced by"),
            row(SYSTEMFULL, "insufficient system (?:storage|resources)", "disk (?:is )?full", "file ?system (?:is )?full",
                    "out of disk", "no space left", "mail system full", "system storage", "insufficient disk space"),
            row(MAILBOXFULL, "mailbox (?:is )?full", "mail ?box full", "full mailbox", "mailbox.* (?:is |has )?(?:full|exceeded)",
                    "over ?quota", "over the quota", "quota (?:exceeded|exceed|full|violation)", "exceeded (?:\\w+ )?(?:storage|quota|disk)",
                    "exceeds? (?:the )?(?:users? |mailbox )?quota", "exceed(?:ed|s)? (?:his|her|its|their|the) (?:storage|quota)",
                    "insufficient (?:disk |storage )?(?:space|quota)(?! .*system)", "mailbox size limit", "user is over",
                    "too much mail (?:stored|data)", "mail ?folder is full", "account is full", "not enough (?:space|storage)",
                    "storage (?:quota|limit|allocation)", "has exceeded (?:the |his |her |its )?(?:max|allowed|quota|storage|size)",
                    "full of mail", "mailbox (?:has )?exceeded", "box is full", "disk quota", "out of storage"),
            row(MESGTOOBIG, "message (?:size|is too (?:big|large)|too (?:big|large)|length) (?:exceeds|exceeded|too)",
                    "message (?:is )?too (?:big|large)", "mail too (?:big|large)", "size (?:limit|exceeds)",
                    "exceeds (?:the )?(?:maximum|max|fixed maximum) (?:message )?size", "message exceeds", "too big for",
                    "larger than (?:the )?(?:maximum|allowed)", "maximum (?:message )?size"),
            row(NOTACCEPT, "does(?: not|n't) (?:accept|receive) (?:any )?(?:e-?)?mail", "null mx", "no mx record", "no mx found", "no longer accepts?",
                    "not accepting (?:any )?(?:mail|e-?mail|messages)", "accepts no mail"),
            row(HOSTUNKNOWN, "domain (?:is )?not reachable", "(?<![@\\w.-])[a-z0-9-]+(?:\\.[a-z0-9-]+)+ does not exist", "host (?:or domain name )?(?:unknown|not found)", "unknown host", "domain (?:not found|unknown|does not exist|doesn't exist|is not valid)",
                    "no such domain", "name or service not known", "unrouteable (?:mail )?domain", "unknown domain",
                    "nxdomain", "no mx", "mx (?:record|host)s? (?:not found|lookup failed|for .* not)", "invalid domain",
                    "dns error", "domain (?:name )?lookup failed", "unable to (?:resolve|find) (?:the )?(?:domain|host|mx)",
                    "hostname not known", "no valid (?:mx|hosts)", "not a valid domain", "domain .* not found",
                    "bad destination system address", "domain mentioned in (?:the )?e-?mail address is unknown", "host name lookup failure", "unresolvable (?:domain|mx)", "no route to domain",
                    "the domain name .* not", "unrouteable domain", "unknown mail domain"),
            row(FILTERED, "rejected by (?:the )?domain filter"),
            row(USERUNKNOWN, "user (?:is )?unknown", "unknown (?:user|recipient|local ?part|mailbox|address|account)",
                    "no such (?:user|mailbox|recipient|address|account|person|local user)", "(?:user|recipient|mailbox|address|account|addressee) (?:is |was )?not (?:found|known|listed|recognized|recogni[sz]ed|exist)",
                    "(?:user|mailbox|address|account|recipient)(?: name)? (?:does not|doesn't|did not) exist", "does not exist",
                    "invalid (?:recipient|address|mailbox|user|account|e-?mail)", "recipient address rejected",
                    "not a (?:valid|known) (?:mailbox|user|recipient|address)", "no mailbox", "mailbox unavailable",
                    "doesn'?t have an? .*account", "user doesn'?t", "is not a known user", "recipient rejected",
                    "bad destination", "undeliverable address", "unrouteable address", "not our customer",
                    "no valid recipients", "address not present in directory", "recipient name is not recognized",
                    "mailbox (?:does not|doesn't) exist", "unknown or illegal alias", "addressee unknown", "user not exist",
                    "account (?:does not|doesn't) exist", "unavailable mailbox", "mailbox not available", "no account",
                    "email address .* (?:not|couldn'?t be) found", "no longer valid", "unknown address", "invalid mailbox",
                    "user not local", "mailbox is not available", "not listed in", "address lookup failed",
                    "recipient not found", "the email account that you tried to reach", "address rejected",
                    "rejected: user", "user rejected", "destination address unknown", "no such local user"),
            row(NETWORKERROR, "no route to host", "network (?:is )?unreachable", "connection (?:timed out|refused|reset)",
                    "could not connect", "couldn'?t connect", "unable to connect", "too many hops", "mail (?:for .* )?loops? back",
                    "routing loop", "loop detected", "mail loop", "lost connection", "dns (?:lookup|query|failure)",
                    "host not reachable", "temporary lookup failure", "malformed or unexpected name server reply",
                    "name server", "no answer from", "connection (?:was )?closed", "network error", "protocol error",
                    "remote protocol", "unable to route", "timed? ?out"),
            row(SYSTEMERROR, "system error", "transaction failed", "currently unavailable", "could not load", "unable to contact", "internal (?:server )?error", "server error", "local error", "mail system problem",
                    "unexpected error", "temporary (?:server )?failure(?! report)", "system (?:is )?(?:busy|not available|unavailable)",
                    "service (?:is )?(?:temporarily )?unavailable", "try (?:again )?later", "temporarily deferred",
                    "server (?:is )?busy", "processing error", "configuration error", "mailer error"),
            // After system errors, as in sisimai: "expired" alone may just describe the fault's side effect.
            row(EXPIRED, "expired", "has not been delivered for", "could not be delivered (?:with)?in", "giving up",
                    "given up", "maximum time", "timeout exceeded",
                    "was not delivered within", "delivery attempts will continue", "have been (?:unable|failing)"),
            row(MAILERERROR, "x-unix", "mailer (?:program|daemon) error", "command (?:failed|died)", "procmail", "permission denied",
                    "exit (?:code|status)", "pipe to", "program failed", "mail\\.local"),
            row(SYNTAXERROR, "syntax error",
                    // Exim's address parser ("malformed address: <x> may not follow y", "domain missing in source-routed address").
                    "malformed address", "angle-brackets nested too deep", "domain missing in source-routed address", "command unrecognized", "(?:bad|improper) sequence of commands", "command not (?:recognized|implemented)",
                    "unrecognized command", "line too long", "parameter not"),
            row(FILTERED, "filter", "rejected by (?:the )?(?:recipient|user)", "refused by (?:the )?recipient",
                    "recipient (?:has )?(?:refused|rejected|blocked|does not accept)", "does not accept (?:e-?mail|mail|messages) from",
                    "not accept(?:ing)? .* from", "blocked by (?:the )?recipient"),
            row(SECURITYERROR, "authentication (?:required|failed|failure)", "smtp auth", "insecure", "security (?:policy|error)",
                    "not authenticated", "5\\.7\\.0 .*(?:permission|authentication)"),
            row(CONTENTERROR, "content (?:error|encoding)", "invalid (?:content|character|encoding|mime)", "mime (?:error|format)",
                    "8-?bit", "media error", "conversion"));

    private ReasonPhrases() {
    }

    /**
     * Orange and La Poste (France) end their replies with a code such as "OFR_506", "LPN105_104" or "OUK_513"
     * whose last three digits name the cause; codes missing here say only "try later".
     */
    private static final Map<String, BounceReason> ORANGE_CODES = Map.ofEntries(
            Map.entry("102", BLOCKED), Map.entry("103", BLOCKED), Map.entry("104", TOOMANYCONN),
            Map.entry("305", SECURITYERROR), Map.entry("401", BLOCKED), Map.entry("402", SECURITYERROR),
            Map.entry("403", REJECTED), Map.entry("405", REJECTED), Map.entry("415", REJECTED),
            Map.entry("416", USERUNKNOWN), Map.entry("417", MAILBOXFULL), Map.entry("418", USERUNKNOWN),
            Map.entry("420", SUSPEND), Map.entry("421", REJECTED), Map.entry("426", SUSPEND),
            Map.entry("505", SYSTEMERROR), Map.entry("506", SPAMDETECTED), Map.entry("510", BLOCKED),
            Map.entry("514", MESGTOOBIG), Map.entry("999", BLOCKED));
    private static final Pattern ORANGE_CODE = Pattern.compile("\\b(?:lpn|ofr|ouk)(?:_|\\d{3}[-_])(\\d{3})\\b");

    /** The reason an Orange / La Poste reply code names, if the text holds one. */
    static Optional<BounceReason> orangeCode(String lowerCaseText) {
        Matcher m = ORANGE_CODE.matcher(lowerCaseText == null ? "" : lowerCaseText);
        return m.find() ? Optional.ofNullable(ORANGE_CODES.get(m.group(1))) : Optional.empty();
    }

    private static Provider provider(String name, String hosts, Row... rows) {
        return new Provider(name, Pattern.compile(hosts), List.of(rows));
    }

    private static Row row(BounceReason reason, String... phrases) {
        return new Row(reason, Pattern.compile(String.join("|", phrases), Pattern.MULTILINE));
    }

    static Optional<BounceReason> match(String lowerCaseText) {
        return match(TABLE, lowerCaseText);
    }

    /** The reason a provider's own code or fixed wording names, if the text holds one. */
    static Optional<BounceReason> explicit(String lowerCaseText) {
        return match(EXPLICIT, lowerCaseText);
    }

    /** The reason the table of the provider named in {@code lowerCaseHosts} gives the text, if any. */
    static Optional<BounceReason> provider(String lowerCaseHosts, String lowerCaseText) {
        for (Provider provider : PROVIDERS) {
            if (provider.hosts().matcher(lowerCaseHosts).find()) {
                return match(provider.rows(), lowerCaseText);
            }
        }
        return Optional.empty();
    }

    private static Optional<BounceReason> match(List<Row> table, String lowerCaseText) {
        if (lowerCaseText == null || lowerCaseText.isBlank()) {
            return Optional.empty();
        }
        for (Row row : table) {
            if (row.phrases().matcher(lowerCaseText).find()) {
                return Optional.of(row.reason());
            }
        }
        return Optional.empty();
    }
}
