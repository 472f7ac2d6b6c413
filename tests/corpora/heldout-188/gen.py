#!/usr/bin/env python3
"""Generate the blind-188 corpus: NNN-msg.eml + NNN-msg.json next to this script."""
import base64, json, os, quopri, hashlib, collections
from email.header import Header
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "kenta.morishita.k@gmail.com"
ME_C = "k-morishita@tsubame-dx.co.jp"
ME_NAME = "Kenta Morishita"
TC = "aws-cs-trainingcertification-form@amazon.com"
A = "174108352700419"      # main merge case (15 digits)
D = "174108401200653"      # duplicate form submission
K = "17415558271"          # console case (11 digits)
V = "174289336101127"      # voucher case, Japanese agent
E = "1740998822"           # AWS Educate form case (other program)
OLD, NEW, SSO = "AWS03318275", "AWS05520961", "AWS02290447"

JST = timezone(timedelta(hours=9)); UTC = timezone.utc; PDT = timezone(timedelta(hours=-7)); PST = timezone(timedelta(hours=-8))
msgs = []
mids = {}

def mid(key, dom):
    h = hashlib.sha1(key.encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16], h[16:28], dom)

def enc_hdr(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def addr(name, a, cs="utf-8"):
    if not name: return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()'): name = '"%s"' % name
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)

def body_part(text, ctype, cs, cte):
    if cs == "iso-2022-jp":
        raw = text.encode("iso-2022-jp"); cte = "7bit"
    else:
        raw = text.encode(cs)
    if cte == "quoted-printable":
        data = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        data = base64.encodebytes(raw).decode("ascii")
    else:
        try:
            data = raw.decode("ascii")
        except UnicodeDecodeError:
            data = raw.decode(cs); cte = "8bit"
    h = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (ctype, cs if cs != "iso-2022-jp" else "ISO-2022-JP", cte)
    if not data.endswith("\n"): data += "\n"
    return h, data

def add(key, label, frm, to, subj, dt, text=None, html=None, cs="utf-8", cte="quoted-printable",
        reply_to=None, cc=None, irt=None, dom="amazon.com", auth=None, extra=None, crlf=True, hcs=None):
    n = len(msgs) + 1
    m = mid(key, dom); mids[key] = m
    hs = []
    if auth: hs.append("Authentication-Results: " + auth)
    hs.append("Date: " + format_datetime(dt))
    hs.append("From: " + frm)
    hs.append("To: " + to)
    if cc: hs.append("Cc: " + cc)
    if reply_to: hs.append("Reply-To: " + reply_to)
    hs.append("Message-ID: " + m)
    if irt:
        chain = irt if isinstance(irt, list) else [irt]
        refs = [mids[k] for k in chain]
        hs.append("In-Reply-To: " + refs[-1])
        hs.append("References: " + " ".join(refs))
    hs.append("Subject: " + enc_hdr(subj, hcs or ("iso-2022-jp" if cs == "iso-2022-jp" else "utf-8")))
    hs.append("MIME-Version: 1.0")
    for x in (extra or []): hs.append(x)
    if text is not None and html is not None:
        b = "b1_" + hashlib.md5(key.encode()).hexdigest()[:20]
        hs.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        h1, d1 = body_part(text, "text/plain", cs, cte)
        h2, d2 = body_part(html, "text/html", "utf-8" if cs == "iso-2022-jp" else cs, "quoted-printable" if cte == "7bit" else cte)
        body = "\n--%s\n%s\n%s\n--%s\n%s\n%s\n--%s--\n" % (b, h1, d1, b, h2, d2, b)
        msg = "\n".join(hs) + "\n" + body
    else:
        h, d = body_part(text if text is not None else html, "text/plain" if text is not None else "text/html", cs, cte)
        msg = "\n".join(hs) + "\n" + h + "\n" + d
    if crlf: msg = msg.replace("\r\n", "\n").replace("\n", "\r\n")
    msgs.append((n, msg, label, dt, key))
    return m

def L(kind, nr=False, case=None, ids=()):
    return {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": list(ids)}

def gauth(dom, ok=True, sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug", via="mx.google.com"):
    if ok:
        return ("%s;\r\n       dkim=pass header.i=@%s header.s=%s header.b=Qx3kPz1a;\r\n       spf=pass (google.com: domain of bounce@%s designates 54.240.8.12 as permitted sender) smtp.mailfrom=%s;\r\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (via, dom, sel, dom, dom, dom)).replace("\r\n", "\n")
    return ("%s;\n       dkim=fail (body hash did not verify) header.i=@%s;\n       spf=softfail (google.com: domain of transitioning %s does not designate 185.222.58.40 as permitted sender) smtp.mailfrom=%s;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (via, dom, dom, dom, dom))

def j(y, mo, d, h, mi, tz=JST):
    return datetime(y, mo, d, h, mi, 7 * d % 60, tzinfo=tz)

def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def tc_subj(c, sp=False):
    return ("RE: [CASE %s]" if sp else "RE:[CASE %s]") % c + " [AWS Training and Certification Form Submission] - account-assistance"

TCFROM = addr("AWS Training and Certification", TC)
SIG_TC = "\nBest regards,\n\n%s\nAWS Training and Certification Customer Service\n"
CONSOLE_FOOT = ("\n\nTo see all of the correspondence for this case, or to reply to it, please visit the Support Center:\n"
    "https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
    "Note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
    "To respond to this case, please follow the link above to respond from your AWS Support Center.\n")


# ---------------------------------------------------------------- messages, arrival order
G = "github.com"
add("gh1", L("unrelated"), addr("Yuki Tanabe", "notifications@github.com"), addr(ME_NAME, ME_P),
    "Re: [tsubame-dx/infra-modules] Merge account-baseline refactor (PR #412)", j(2025,3,3,9,12),
    text="Merged #412 into main.\n\n—\nReply to this email directly, view it on GitHub:\nhttps://github.com/tsubame-dx/infra-modules/pull/412#event-16612093451\nYou are receiving this because you authored the thread.\n",
    dom=G, auth=gauth("github.com"), cte="7bit",
    extra=["List-ID: tsubame-dx/infra-modules <infra-modules.tsubame-dx.github.com>", "X-GitHub-Reason: author"])

NL = ("━━━━━━━━━━━━━━━━━━━━━━━━\n　週刊クラウドインフラ通信　第214号\n━━━━━━━━━━━━━━━━━━━━━━━━\n\n"
      "■今週のトピック\n・Amazon EKS の新しいアップグレードポリシー解説\n・AWS 認定 資格更新のコツ：再認定は受験と何が違う？\n・読者アンケートのお願い（回答者から抽選で5名様にギフト券）\n\n"
      "■コラム：アカウント統合はお早めに\n転職シーズンです。会社のメールアドレスで作った認定アカウントは、退職前に個人アドレスの\nアカウントへ統合しておくと安心です。手順はサポートへのフォーム送信から始まります。\n\n"
      "配信停止はこちら： https://cloudinfra-tsushin.jp/unsubscribe?u=88213\n")
add("nl1", L("unrelated"), addr("週刊クラウドインフラ通信", "mag@cloudinfra-tsushin.jp", "shift_jis"), ME_P,
    "【第214号】EKSアップグレードと認定の再認定のコツ", j(2025,3,3,7,30), text=NL, cs="shift_jis", cte="base64",
    dom="cloudinfra-tsushin.jp", auth=gauth("cloudinfra-tsushin.jp"), hcs="shift_jis", crlf=False)

add("exp1", L("certification", ids=[OLD]), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "Your AWS Certification expires in 90 days", j(2025,3,3,18,4,UTC),
    text=("Hello Kenta,\n\nYour AWS Certified Solutions Architect - Associate credential (candidate %s) will expire on June 2, 2025.\n\n"
          "To keep it active, pass the current version of the exam or a higher-level exam before that date. Recertifying "
          "also resets the three-year validity of related credentials.\n\nSign in to your AWS Certification Account to review "
          "your benefits, including the 50%% discount voucher earned with your last certification.\n\n"
          "https://www.aws.training/Certification\n\nAWS Training and Certification\nThis message was sent from an unmonitored mailbox.\n") % OLD,
    dom="certmetrics.com", auth=gauth("certmetrics.com", via="mx.tsubame-dx.co.jp"))

add("otp1", L("unrelated"), addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
    j(2025,3,4,9,47), html=("<html><body style=\"font-family:Arial\"><h2>Verify your email</h2><p>Hello,</p><p>To finish creating your AWS Builder ID, "
    "enter this verification code:</p><p style=\"font-size:28px;letter-spacing:4px\"><b>418207</b></p><p>The code expires in 30 minutes. "
    "If you did not request it, you can ignore this message.</p><p>Amazon Web Services</p></body></html>"),
    dom="signin.aws", auth=gauth("signin.aws"))

COLL = ("森下さん\n\nおつかれさまです、総務の川口です。\n3月28日（金）の送別会ですが、会場は新橋の「炉端かば」に決まりました。\n19時開始です。\n\n"
        "あと、最終出社日の3/31にPCとセキュリティカードを回収しますので、\n社用メールは当日18時で停止になります。必要なデータは早めに退避してください。\n\n川口\n")
add("coll1", L("unrelated"), addr("川口 真理", "m-kawaguchi@tsubame-dx.co.jp", "iso-2022-jp"), ME_C, "送別会の件と最終日の手続きについて",
    j(2025,3,4,10,3), text=COLL, cs="iso-2022-jp", dom="tsubame-dx.co.jp", crlf=False)

FORM = ("Use case: I am leaving Tsubame DX at the end of March and would like to move my certifications to my personal account.\n"
        "All email addresses used: %s, %s\nEmail address to keep: %s\nCandidate IDs: %s (company), %s (personal)\n") % (ME_C, ME_P, ME_P, OLD, NEW)
add("a_ack", L("acknowledgement", case=A, ids=[OLD, NEW]), TCFROM, ME_P, tc_subj(A), j(2025,3,4,10,18,UTC),
    text=("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.\n\n"
          "The details of your case are as follows:\n\nCase ID: %s\nSubject: [AWS Training and Certification Form Submission] - account-assistance\n"
          "Severity: General guidance\nCorrespondence:\n%s\n"
          "We'll reply within 24 hours in most cases, though complex requests can take longer. Opening another case about the same "
          "request will not speed things up, so please keep all correspondence on this one.\n\nSincerely,\nAmazon Web Services\n") % (A, A, FORM),
    auth=gauth("amazon.com"))

add("d_ack", L("acknowledgement", case=D), TCFROM, ME_C, tc_subj(D), j(2025,3,4,10,26,UTC),
    text=("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.\n\n"
          "Case ID: %s\nCorrespondence:\nUse case: account merge, I am leaving my employer. Keep %s please.\n\n"
          "We'll reply within 24 hours in most cases. If a case is already open for this request, please do not open another one.\n\n"
          "Sincerely,\nAmazon Web Services\n") % (D, D, ME_P),
    cte="base64", auth=gauth("amazon.com", via="mx.tsubame-dx.co.jp"))

add("bill1", L("unrelated"), addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
    "Amazon Web Services Billing Statement Available [Account: 402918375561]", j(2025,3,4,13,20,PST),
    text=("Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on the AWS web site. "
          "Your account will be charged the following:\n\nTotal: $3.87\n\nYou can see a complete break down of all charges on the Bills page:\n"
          "https://console.aws.amazon.com/billing/home#/bills\n\n[AWS ID 402918375561]\n\nThank you for using Amazon Web Services.\n\n"
          "Sincerely,\nAmazon Web Services\n\nThis message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n"),
    auth=gauth("amazon.com"))

add("d_dup", L("case_update", case=D), TCFROM, ME_C, tc_subj(D, sp=True), j(2025,3,4,21,40,UTC),
    text=("Hi Kenta,\n\nIt looks like this request was submitted twice. I've linked it to case %s, which is already with our team, and "
          "I'm closing this one so the work stays in one place. You'll keep hearing from us on %s.\n\n"
          "Regards,\nMarisol\nAWS Training and Certification Customer Service\n") % (A, A),
    cte="7bit", auth=gauth("amazon.com", via="mx.tsubame-dx.co.jp"))

add("a_req1", L("info_request", True, A, []), TCFROM, ME_P, tc_subj(A), j(2025,3,5,2,15,UTC), irt="a_ack",
    text=("Hello Kenta,\n\nThank you for reaching out to AWS Training and Certification, my name is Devika and I'll be handling your merge request.\n\n"
          "I searched our records for both addresses in your form. The company address returns two certification profiles rather than one: "
          "the first one you listed, and a second profile that appears to have been created through AWS Partner Central sign-on. "
          "Before I go any further I have to know which of these hold exam history you want carried over.\n\n"
          "Which candidate IDs should be included in the merge, and was the Partner Central profile ever used to sit an exam?\n\n"
          "Once I have that I can prepare the accounts for review.\n" + SIG_TC % "Devika R.") ,
    auth=gauth("amazon.com"))

add("pv1", L("unrelated"), addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Pearson VUE Confirmation of Booking", j(2025,3,5,8,2,UTC),
    html=("<html><body><p>Dear Kenta Morishita,</p><p>Thank you for scheduling your exam with Pearson VUE.</p><table border=1 cellpadding=4>"
          "<tr><td>Exam</td><td>SAA-C03: AWS Certified Solutions Architect - Associate</td></tr><tr><td>Registration ID</td><td>482910375</td></tr>"
          "<tr><td>Appointment</td><td>Saturday, April 19, 2025 10:00 AM JST</td></tr><tr><td>Location</td><td>OnVUE online proctored</td></tr></table>"
          "<p>To reschedule or cancel, sign in to your Pearson VUE account at least 24 hours before the appointment.</p></body></html>"),
    dom="pearson.com", auth=gauth("pearson.com"))

U1 = ("Hi Devika,\n\nThanks for looking into this. Please include both of these:\n\n  %s  - company account (all my exams are here)\n  %s  - new personal account (empty)\n\n"
      "The Partner Central one is %s. I never took an exam with it, it was created by accident when the old\nAmazon sign-in went away. "
      "If it can be merged too that is fine.\n\nKenta\n") % (OLD, NEW, SSO)
add("a_u1", L("user_reply", case=A, ids=[OLD, NEW, SSO]), addr(ME_NAME, ME_P), TCFROM, tc_subj(A), j(2025,3,5,12,41), irt=["a_ack", "a_req1"],
    text=U1 + "\nOn Wed, Mar 5, 2025 at 11:15 AM AWS Training and Certification <%s> wrote:\n" % TC
         + q("Hello Kenta,\n\nThank you for reaching out ... Which candidate IDs should be included in the merge, and was the\nPartner Central profile ever used to sit an exam?"),
    dom="mail.gmail.com", crlf=False)

HOLD1 = ("Hello Kenta,\n\nThank you for the IDs.\n\nWhile reviewing the company profile (%s) I found that it is associated with an AWS Partner Network "
         "organization, Tsubame DX Co., Ltd. Certifications held under a partner association count toward that company's partner "
         "standing, so we can't detach the profile on the request of the individual alone while the association is active. I have placed "
         "the case on hold and asked our partner operations team to review it.\n\n"
         "One thing would help them: are you still employed by Tsubame DX, and if you are leaving, on what date does your employment end?\n\n"
         "Nothing else is needed from you for now; I'll update the case when partner operations responds.\n" + SIG_TC % "Tomasz K.") % OLD
add("a_hold1", L("on_hold", True, A, [OLD]), TCFROM, ME_P, tc_subj(A), j(2025,3,6,0,55,UTC), irt=["a_ack", "a_req1", "a_u1"],
    text=HOLD1, html="<html><body>" + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in HOLD1.split("\n\n")) + "</body></html>",
    auth=gauth("amazon.com"))

add("sb1", L("unrelated"), addr("AWS Skill Builder", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder subscription receipt",
    j(2025,3,6,9,0,UTC), html=("<html><body><table width=600><tr><td><h3>Thanks for subscribing</h3><p>Order number: SB-7782-19021</p>"
    "<table><tr><td>AWS Skill Builder Individual (monthly)</td><td>USD 29.00</td></tr><tr><td>Tax</td><td>USD 2.90</td></tr>"
    "<tr><td><b>Total</b></td><td><b>USD 31.90</b></td></tr></table><p>Your subscription renews on April 6, 2025. Manage it under "
    "Account &gt; Subscription.</p><p>Questions? Contact AWS Training and Certification support.</p></td></tr></table></body></html>"),
    cte="base64", dom="aws.training", auth=gauth("aws.training"))

U2 = ("Hello Tomasz,\n\nYes, I am still employed there until 31 March 2025, that is my last day. After that the\n"
      "k-morishita@tsubame-dx.co.jp mailbox will be closed, so please send everything to\nkenta.morishita.k@gmail.com.\n\n"
      "My manager knows I am moving my certifications.\n\nBest regards,\nKenta Morishita\n")
add("a_u2", L("user_reply", case=A), addr(ME_NAME, ME_C), TCFROM, tc_subj(A), j(2025,3,6,11,2), irt=["a_ack", "a_req1", "a_u1", "a_hold1"],
    text=U2 + "\n-----Original Message-----\nFrom: AWS Training and Certification <%s>\nSent: Thursday, March 6, 2025 9:55 AM\nTo: %s\nSubject: %s\n\n" % (TC, ME_P, tc_subj(A)) + HOLD1,
    cc=ME_P, dom="tsubame-dx.co.jp")

add("a_hold2", L("on_hold", False, A), TCFROM, ME_P, tc_subj(A), j(2025,3,7,3,30,UTC), irt=["a_ack", "a_u2"],
    text=("Hi Kenta,\n\nThanks for confirming your leaving date. I've passed it on to partner operations. They have contacted the "
          "partner administrator at Tsubame DX, who has to release your profile from the organization before we can merge. "
          "We are waiting on that step; it usually takes a few business days.\n\nThe case stays on hold in the meantime and there is "
          "nothing you need to do.\n" + SIG_TC % "Tomasz K."),
    cte="7bit", auth=gauth("amazon.com"))

PH1 = ("<html><body style='font-family:Arial'><img src='https://amazon-certsupport.com/img/aws-logo.png'><h3>Action required: account merge pending</h3>"
       "<p>Dear Candidate,</p><p>Your certification account merge request (Case 5521908834) is pending verification. To avoid losing your "
       "certifications, verify your identity within <b>24 hours</b>.</p><p><a href='https://amazon-certsupport.com/verify?cid=88412'>Verify my AWS Certification account</a></p>"
       "<p>You will be asked for your AWS sign-in password and the card on file.</p><p>AWS Training &amp; Certification Support Team</p></body></html>")
add("ph1", L("suspicious"), addr("AWS Certification Support", "support@amazon-certsupport.com"), ME_P, "[Case 5521908834] Action required: verify your certification account",
    j(2025,3,7,16,22,UTC), html=PH1, dom="amazon-certsupport.com", auth=gauth("amazon-certsupport.com"))

add("a_lift", L("case_update", case=A), TCFROM, ME_P, tc_subj(A, sp=True), j(2025,3,10,1,12,UTC), irt=["a_ack", "a_hold2"],
    text=("Hello Kenta,\n\nGood news: the partner administrator has released your profile, so the hold on this case has been lifted. "
          "I'm now lining up the accounts for the merge and will write again shortly with the details for you to check.\n" + SIG_TC % "Tomasz K."),
    auth=gauth("amazon.com"))

CONF_TXT = ("Hello Kenta,\n\nBelow are the certification accounts I located for you.\n\n"
            "Account #1\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\n\n"
            "Account #2\nLogin email: %s\nTraining notification email: %s\nCertification notification email: %s\n\n"
            "Account #3\nLogin email: %s (AWS Partner Central sign-on)\nTraining notification email: %s\nCertification notification email: -\n\n"
            "When merged, all exam history, certifications and benefits will live under Account #1 and the other two accounts will no longer be "
            "usable. Kindly confirm these accounts belong to you and that Account #1 is the one to keep.\n") % (ME_P, ME_P, ME_P, ME_C, ME_C, ME_C, ME_C, ME_C)
def conf_html():
    rows = lambda n, a, b, c: "<tr><td rowspan=3><b>Account #%d</b></td><td>Login email</td><td>%s</td></tr><tr><td>Training notification email</td><td>%s</td></tr><tr><td>Certification notification email</td><td>%s</td></tr>" % (n, a, b, c)
    return ("<html><head><style>td{border:1px solid #ccc;padding:4px}</style></head><body><div style='font-family:Amazon Ember,Arial'><p>Hello Kenta,</p>"
            "<p>Below are the certification accounts I located for you.</p><table cellspacing=0>" + rows(1, ME_P, ME_P, ME_P) + rows(2, ME_C, ME_C, ME_C)
            + rows(3, ME_C + " (AWS Partner Central sign-on)", ME_C, "-") + "</table><p>When merged, all exam history, certifications and benefits will live "
            "under Account #1 and the other two accounts will no longer be usable. Kindly confirm these accounts belong to you and that Account #1 is the one to keep.</p>"
            "<p>Best regards,<br><br>Tomasz K.<br>AWS Training and Certification Customer Service</p></div></body></html>")
add("a_conf", L("confirmation_request", True, A), TCFROM, ME_P, tc_subj(A), j(2025,3,10,4,48,UTC), irt=["a_ack", "a_lift"],
    html=conf_html(), auth=gauth("amazon.com"))

add("mk1", L("unrelated"), addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P, "AWS Summit Japan 2025: registration is open",
    j(2025,3,10,20,0,UTC), text=("AWS Summit Japan returns to Makuhari Messe on June 25-26.\n\nRegister now to reserve seats for 150+ sessions, "
    "including certification lounges where certified attendees can pick up exclusive swag.\n\nRegister: https://aws.amazon.com/jp/summits/japan/\n\n"
    "To unsubscribe from AWS marketing e-mail, visit https://pages.awscloud.com/communication-preferences\n"),
    html=("<html><body><h1>AWS Summit Japan 2025</h1><p>June 25-26, Makuhari Messe.</p><p><a href='https://aws.amazon.com/jp/summits/japan/'>Register now</a></p>"
          "<p style='font-size:10px'>Unsubscribe: https://pages.awscloud.com/communication-preferences</p></body></html>"),
    auth=gauth("amazon.com"))

add("a_fwd", L("user_reply", case=A), addr(ME_NAME, ME_C), ME_P, "Fwd: " + tc_subj(A), j(2025,3,11,9,5),
    text=("note to self: reply to this one from gmail, not from the company address. Check account #3 is really mine first.\n\n"
          "---------- Forwarded message ---------\nFrom: AWS Training and Certification <%s>\nDate: Mon, Mar 10, 2025 at 1:48 PM\n"
          "Subject: %s\nTo: <%s>\n\n" % (TC, tc_subj(A), ME_P)) + CONF_TXT + "\nBest regards,\nTomasz K.\n",
    dom="tsubame-dx.co.jp", crlf=False)

add("cm_survey", L("certification"), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "AWS Certification wants to hear from you",
    j(2025,3,11,17,0,UTC), text=("Hello,\n\nYou recently took an AWS Certification exam. Tell us about your experience in a 5-minute survey; "
    "your answers help us improve exam content and delivery.\n\nTake the survey: https://certmetrics.com/amazon/survey/s/91ab2\n\n"
    "This mailbox is not monitored.\n"), dom="certmetrics.com", auth=gauth("certmetrics.com"))

add("a_close", L("closing_notice", True, A), TCFROM, ME_P, tc_subj(A), j(2025,3,13,5,2,UTC), irt=["a_ack", "a_conf"],
    text=("Hello Kenta,\n\nI am following up on my message of March 10 about merging your certification accounts. As we have not had a "
          "response, this case is scheduled to close in 3 business days.\n\nA reply to this message will keep the case open, and if it does "
          "close you can still reopen it by replying within 14 days.\n\n--- Previous message ---\n" + CONF_TXT + SIG_TC % "Tomasz K."),
    cte="quoted-printable", auth=gauth("amazon.com"))

U3 = "Confirmed, these three accounts are all mine. Please merge everything into Account #1.\n\nThank you,\nKenta Morishita\nTsubame DX Co., Ltd. | Cloud Integration Dept.\n"
add("a_u3", L("user_reply", case=A), addr("Morishita Kenta", ME_C), TCFROM, tc_subj(A), j(2025,3,13,15,30), irt=["a_ack", "a_conf", "a_close"],
    text=U3 + "\n________________________________\nFrom: AWS Training and Certification <%s>\nSent: Thursday, March 13, 2025 14:02\nTo: %s\nSubject: %s\n\n" % (TC, ME_P, tc_subj(A))
         + "Hello Kenta,\n\nI am following up on my message of March 10 ...\n", dom="tsubame-dx.co.jp")

add("a_wrong", L("info_request", True, A), TCFROM, ME_C, tc_subj(A), j(2025,3,14,0,20,UTC), irt=["a_ack", "a_close", "a_u3"],
    cc=ME_P, text=("Hi Kenta,\n\nThanks for the quick answer. Because your confirmation came from %s, which belongs to an account that will be "
    "merged away, our security policy does not let me act on it. The go-ahead has to come from the address of the account being kept.\n\n"
    "Could you send the same confirmation from %s? As soon as it arrives I will complete the merge.\n" % (ME_C, ME_P)) + SIG_TC % "Tomasz K.",
    auth=gauth("amazon.com", via="mx.tsubame-dx.co.jp"))

add("ooo1", L("unrelated"), addr("Yuki Tanabe", "y-tanabe@tsubame-dx.co.jp"), ME_C, "自動応答: 引き継ぎ資料のレビュー依頼", j(2025,3,14,9,1),
    text="森下さん\n\n3月14日〜3月18日まで休暇を取得しております。\n期間中は返信が遅れますので、お急ぎの場合は chatops@tsubame-dx.co.jp までご連絡ください。\n\n田辺\n",
    dom="tsubame-dx.co.jp", extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], cte="base64")

add("a_u4", L("user_reply", case=A), addr(ME_NAME, ME_P), TCFROM, tc_subj(A), j(2025,3,14,10,14), irt=["a_ack", "a_u3", "a_wrong"],
    text=("Hi Tomasz,\n\nSending from my personal address as requested. I confirm that Accounts #1, #2 and #3 are mine; please merge them into Account #1 (%s).\n\n"
          "Kenta\n\nOn Fri, 14 Mar 2025 at 09:20, AWS Training and Certification <%s> wrote:\n> Hi Kenta,\n>\n> Thanks for the quick answer. Because your confirmation came from %s, ...\n"
          "> Could you send the same confirmation from %s?\n") % (ME_P, TC, ME_C, ME_P), dom="mail.gmail.com", crlf=False)

add("a_done", L("resolved", case=A), TCFROM, ME_P, tc_subj(A), j(2025,3,14,6,41,UTC), irt=["a_ack", "a_wrong", "a_u4"],
    text=("Hello Kenta,\n\nI have successfully merged all accounts. Your exam history, active certifications and the exam discount benefit "
          "are now under %s (candidate ID %s). The company and Partner Central profiles have been retired, and your digital badges "
          "will be re-issued to the kept address shortly.\n\nNo further action is required on your side. If you spot anything missing "
          "once you sign in, just reply here.\n" % (ME_P, NEW) + SIG_TC % "Tomasz K." + "\n\n-----Original Message-----\n" + q(CONF_TXT, "> ")),
    html=None, auth=gauth("amazon.com"))

add("a_survey", L("survey", case=A), addr("AWS Customer Service", "aws-cs-survey@amazon.com"), ME_P,
    "How did we do? Your AWS Training and Certification case %s" % A, j(2025,3,14,7,0,UTC),
    html=("<html><body><p>Hello Kenta,</p><p>Your recent case <b>%s</b> was marked resolved. Would you take one minute to rate the help you received?</p>"
          "<table><tr>%s</tr></table><p>Your feedback goes directly to the team that handled your request.</p></body></html>") % (A, "".join(
          "<td><a href='https://survey.amazon.com/cs/t?c=%s&r=%d'>%d</a></td>" % (A, i, i) for i in range(1, 6))),
    auth=gauth("amazon.com"))

add("cr1", L("badge"), addr("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a new badge", j(2025,3,14,7,12,UTC),
    text=("Kenta, congratulations!\n\nAmazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Associate badge.\n\n"
          "Accept your badge: https://www.credly.com/badges/5e8d1c0a-22f1-4c1e-9a77-0f6b2d1d83c4\n\nShare it on LinkedIn and let people know what you can do.\n\nCredly, Inc.\n"),
    html=("<html><body><h2>Kenta, congratulations!</h2><p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect - Associate</b> badge.</p>"
          "<p><a href='https://www.credly.com/badges/5e8d1c0a-22f1-4c1e-9a77-0f6b2d1d83c4'>Accept badge</a></p></body></html>"),
    dom="credly.com", auth=gauth("credly.com"))

add("cr2", L("badge"), addr("Credly", "admin@credly.com"), ME_P, "Amazon Web Services Training and Certification sent you a new badge",
    j(2025,3,14,7,13,UTC), text=("Kenta, congratulations!\n\nAmazon Web Services Training and Certification has issued you the AWS Certified Security - Specialty badge.\n\n"
    "Accept your badge: https://www.credly.com/badges/b3c0a7e5-4d10-4f8b-8b0e-61ce2e4a1f09\n\nCredly, Inc.\n"), dom="credly.com", auth=gauth("credly.com"))

add("jb1", L("unrelated"), addr("JetBrains Sales Support", "sales@jetbrains.com"), ME_P, "[JetBrains] Your request #4821337 has been solved",
    j(2025,3,14,12,30,UTC), text=("##- Please type your reply above this line -##\n\nYour request (4821337) has been solved. To reopen this request, reply to this email.\n\n"
    "Maria (JetBrains)\nMar 14, 2025, 13:30 CET\n\nHi Kenta,\n\nI've moved your All Products Pack licence from the company account to your personal JetBrains account. "
    "The case is closed now.\n\nBest regards,\nMaria\n"), dom="jetbrains.com", auth=gauth("jetbrains.com"))

add("u_note", L("user_reply", case=None, ids=[NEW]), addr(ME_NAME, ME_P), ME_P, "aws cert memo", j(2025,3,14,22,10),
    text="merge done 3/14. new candidate id %s. check: exam history, 50%% voucher, Credly (2 badges came). security specialty missing?? look again tomorrow\n" % NEW,
    dom="mail.gmail.com", cte="7bit", crlf=False)

add("rcrt", L("certification", ids=[NEW]), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certification account has been updated", j(2025,3,15,2,0,UTC),
    text=("Hello Kenta,\n\nThe contact details for AWS Certification candidate %s were changed. If you made this change, you don't need to do anything.\n\n"
          "AWS Training and Certification\n") % NEW, dom="certmetrics.com", auth=gauth("certmetrics.com"))

# ---- console case K
add("k_ack", L("acknowledgement", case=K), addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
    "Amazon Web Services: New Support case: " + K, j(2025,3,10,6,33,UTC),
    text=("Dear AWS customer,\n\nWe have received your request. Case ID: %s\nSubject: Builder ID sign-in opens an empty certification account\n"
          "Severity: General guidance\n\nA support representative will respond as soon as possible.\n" % K) + CONSOLE_FOOT % K + "\n[AWS ID 402918375561]\n",
    auth=gauth("amazon.com"))

KS = "RE:[CASE %s] Builder ID sign-in opens an empty certification account" % K
add("k_req", L("info_request", True, K), addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P, KS, j(2025,3,11,1,5,UTC), irt="k_ack",
    text=("Hello,\n\nThank you for contacting AWS Support. I understand that signing in with your AWS Builder ID takes you to a certification "
          "account with no exam history.\n\nCertification records are looked after by the AWS Training and Certification team rather than by "
          "account and billing support, but I can route this to them. To do so I need the e-mail address of the Builder ID you signed in with "
          "and the candidate ID shown at the top right of the certification portal. Please add both as a reply on this case in the Support Center.\n\n"
          "Best regards,\n\nHiroshi S.\nAmazon Web Services\n\nWe value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.")
          + CONSOLE_FOOT % K, auth=gauth("amazon.com"))

add("k_u1", L("user_reply", case=K, ids=[NEW]), addr(ME_NAME, ME_P), "no-reply-aws@amazon.com", KS, j(2025,3,11,10,44), irt=["k_ack", "k_req"],
    text=("Hello Hiroshi,\n\nThe Builder ID address is %s and the candidate ID I see is %s.\n\nRegards,\nKenta\n\n"
          "2025年3月11日(火) 10:05 Amazon Web Services <no-reply-aws@amazon.com>:\n> Hello,\n>\n> Thank you for contacting AWS Support. ...\n") % (ME_P, NEW),
    dom="mail.gmail.com", crlf=False)

add("k_bounce", L("unrelated", case=K), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P, "Delivery Status Notification (Failure)",
    j(2025,3,11,10,45), text=("** Address not found **\n\nYour message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, "
    "or is unable to receive mail.\n\nThe response was:\n\n550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail\n\n"
    "----- Original message -----\nSubject: %s\n" % KS), dom="googlemail.com", extra=["Auto-Submitted: auto-replied"], cte="7bit")

add("k_close", L("closing_notice", True, K), addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P, KS, j(2025,3,14,1,10,UTC), irt=["k_ack", "k_req"],
    text=("Hello,\n\nWe haven't heard back from you on this case. If we don't receive a reply within 3 days, the case will be resolved automatically.\n\n"
          "If your question is still open, respond through the Support Center link below to keep the case active.\n\nAmazon Web Services") + CONSOLE_FOOT % K,
    auth=gauth("amazon.com"))

add("k_upd", L("case_update", case=K), addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P, KS, j(2025,3,15,3,2,UTC), irt=["k_ack", "k_close"],
    text=("Hello,\n\nThank you for adding the details in the Support Center. I've transferred the request to the AWS Training and Certification team "
          "together with your candidate ID. They work from a separate queue, so their reply may take a few business days.\n\n"
          "Best regards,\nHiroshi S.\nAmazon Web Services") + CONSOLE_FOOT % K, auth=gauth("amazon.com"))

add("k_res", L("resolved", case=K), addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P, KS, j(2025,3,18,0,40,UTC), irt=["k_ack", "k_upd"],
    text=("Hello,\n\nThe Training and Certification team confirmed that your Builder ID now opens the merged certification account with your full history. "
          "I am marking this case as resolved.\n\nIf anything else comes up, you can reopen it from the Support Center within 14 days.\n\n"
          "We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n\n"
          "Best regards,\nHiroshi S.\nAmazon Web Services") + CONSOLE_FOOT % K, auth=gauth("amazon.com"))

# ---- more mail around it
add("gh2", L("unrelated"), addr("dependabot[bot]", "notifications@github.com"), ME_P,
    "Re: [kmorishita/dotfiles] Bump actions/checkout from 3 to 4 (PR #27)", j(2025,3,12,4,10,UTC),
    text="@dependabot merged this pull request.\n\nYou are receiving this because you were mentioned.\nReply to this email directly or view it on GitHub:\nhttps://github.com/kmorishita/dotfiles/pull/27\n",
    dom=G, auth=gauth("github.com"), cte="7bit")

add("ph2", L("suspicious"), TCFROM, ME_P, "RE:[CASE 174112093300871] [AWS Training and Certification Form Submission] - account-assistance",
    j(2025,3,12,11,48,UTC), auth=gauth("amazon.com", ok=False),
    text=("Hello,\n\nYour merge request could not be completed because the account password on file has expired. To finish the merge please sign in "
          "below and re-enter your credentials and payment method within 12 hours, otherwise all certifications will be permanently removed.\n\n"
          "https://aws-training-verify.support-case.co/login?case=174112093300871\n\nAWS Training and Certification\n"), dom="mail-relay-eu.net")

add("educ1", L("unrelated", case=E), addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
    "RE:[CASE %s] [AWS Educate Form Submission] - login-issue" % E, j(2025,3,3,22,15,UTC),
    text=("Hello,\n\nWe have reset the login for your AWS Educate account. You can now sign in with the e-mail on file. "
          "Your case is resolved.\n\nIf you need anything else, just reply to this message.\n\nBest,\nAWS Educate Support\n"), auth=gauth("amazon.com"))

# ---- reopen of case A (security specialty missing)
U5 = ("Hello Tomasz,\n\nThank you for the merge. Almost everything is there, but my AWS Certified Security - Specialty (passed 2023-11-08, "
      "originally on %s) is not shown under Certifications on %s, although Credly issued the badge.\nCould you take another look?\n\nKenta\n") % (OLD, NEW)
add("a_u5", L("user_reply", case=A, ids=[OLD, NEW]), addr(ME_NAME, ME_P), TCFROM, tc_subj(A), j(2025,3,15,10,20), irt=["a_ack", "a_u4", "a_done"],
    text=U5 + "\nOn Fri, Mar 14, 2025 at 3:41 PM AWS Training and Certification <%s> wrote:\n> Hello Kenta,\n>\n> I have successfully merged all accounts. ...\n" % TC,
    dom="mail.gmail.com", crlf=False)

add("a_reopen", L("case_update", case=A), TCFROM, ME_P, tc_subj(A), j(2025,3,17,2,5,UTC), irt=["a_ack", "a_u5"],
    text=("Hi Kenta,\n\nI've reopened your case. The Security - Specialty record did not carry over in the merge, and I have raised it with our "
          "certification records team, who can re-attach exam results. I'll let you know as soon as they finish.\n") + SIG_TC % "Ana L.",
    auth=gauth("amazon.com"), cte="7bit")

add("a_req2", L("info_request", True, A), TCFROM, ME_P, tc_subj(A), j(2025,3,18,23,30,UTC), irt=["a_ack", "a_reopen"],
    html=("<html><body><div>Hi Kenta,</div><div><br></div><div>The records team found two Security - Specialty attempts on the retired profile, "
          "one on 2023-08-19 and one on 2023-11-08. So that they re-attach the correct one, we need the Pearson VUE registration number or the "
          "score report of the passing attempt. A screenshot of the score report is fine.</div><div><br></div><div>Thanks,</div><div>Ana L.</div>"
          "<div>AWS Training and Certification Customer Service</div><hr><div style='color:#888'>On Mar 15, 2025 Kenta wrote:<br>"
          "&gt; Could you take another look?</div></body></html>"), auth=gauth("amazon.com"))

add("coll2", L("unrelated"), addr("Yuki Tanabe", "y-tanabe@tsubame-dx.co.jp"), ME_C, "Re: 引き継ぎ資料のレビュー依頼", j(2025,3,19,10,12),
    text="森下さん\n\n休暇明けで確認しました。構成図の3ページ目、VPCエンドポイントの記載が古いので直しておきます。\nそれ以外はOKです。月末までに最終版を共有フォルダに置いてください。\n\n田辺\n\n> レビューお願いします。\n",
    cs="iso-2022-jp", dom="tsubame-dx.co.jp", crlf=False)

add("a_u6", L("user_reply", case=A), addr(ME_NAME, ME_P), TCFROM, tc_subj(A), j(2025,3,19,21,5), irt=["a_ack", "a_req2"],
    text=("Hi Ana,\n\nThe passing attempt is the one on 2023-11-08, Pearson VUE registration number 391027744. I can send a screenshot of the score report if that helps "
          "(scaled score 812).\n\nThanks,\nKenta\n\nOn Wed, Mar 19, 2025 at 8:30 AM AWS Training and Certification wrote:\n"
          "> The records team found two Security - Specialty attempts on the retired profile, ...\n"), dom="mail.gmail.com", crlf=False)

add("a_fixed", L("resolved", case=A), TCFROM, ME_P, tc_subj(A), j(2025,3,21,5,50,UTC), irt=["a_ack", "a_u6"],
    text=("Hi Kenta,\n\nThe records team has re-attached the 2023-11-08 Security - Specialty result, and it now shows as Active on your account. "
          "It may take up to 24 hours for the transcript download to update.\n\nThis completes the case. Should anything look wrong, reply within "
          "14 days and we'll pick it back up.\n") + SIG_TC % "Ana L." +
         ("\n> Hi Kenta,\n> The records team found two Security - Specialty attempts on the retired profile, one on 2023-08-19 and one on 2023-11-08.\n"
          "> So that they re-attach the correct one, we need the Pearson VUE registration number or the score report of the passing attempt.\n"),
    auth=gauth("amazon.com"))

add("a_survey2", L("survey", case=A), addr("AWS Customer Service", "aws-cs-survey@amazon.com"), ME_P,
    "Tell us about your recent support experience", j(2025,3,21,6,10,UTC),
    text=("Hello,\n\nWe'd like your opinion on the support you received for case %s. The survey has 3 questions and takes about a minute.\n\n"
          "https://survey.amazon.com/cs/s?c=%s\n\nThis survey is optional. Please do not reply to this e-mail.\n") % (A, A), auth=gauth("amazon.com"))

# ---- voucher case V, Japanese
add("v_u0", L("user_reply", case=None, ids=[NEW]), addr("森下 健太", ME_P), ME_P, "memo: voucher", j(2025,3,25,17,40),
    text="統合後、特典ページに50%%割引バウチャーが出てこない。フォームで問い合わせ済み（候補ID %s）。返事待ち。\n" % NEW,
    cte="base64", dom="mail.gmail.com", crlf=False)

JA_ACK = ("森下 健太 様\n\nアマゾン ウェブ サービスにお問い合わせいただきありがとうございます。ケース %s を作成いたしました。\n\n"
          "お問い合わせ内容は以下のとおりです。\n\nケース ID: %s\n件名: [AWS Training and Certification Form Submission] - benefits\n"
          "内容:\nアカウント統合後、旧アカウントの50%%割引バウチャーが表示されません。候補ID: %s\n\n"
          "通常24時間以内にご回答いたしますが、内容によってはお時間をいただく場合がございます。\n"
          "すでにケースを作成済みの場合は、同じ内容で新しいケースを作成しないようお願いいたします。\n\nアマゾン ウェブ サービス\n") % (V, V, NEW)
VS = "RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % V
add("v_ack", L("acknowledgement", case=V, ids=[NEW]), TCFROM, ME_P, VS, j(2025,3,25,9,2,UTC), text=JA_ACK, cs="iso-2022-jp",
    auth=gauth("amazon.com"), crlf=False)

add("ph3", L("suspicious"), addr("Credly", "no-reply@credly-badges.net"), ME_P, "Your AWS badge will be revoked in 48 hours",
    j(2025,3,25,14,18,UTC), html=("<html><body><p>Hello,</p><p>We could not verify the owner of the badge <b>AWS Certified Solutions Architect - Associate</b>. "
    "Unless you confirm your identity, the badge will be revoked in 48 hours.</p><p><a href='https://credly-badges.net/confirm?b=5e8d1c0a'>Confirm now</a></p>"
    "<p>Reply to this message with your Credly password if the link does not work.</p></body></html>"), dom="credly-badges.net",
    auth="mx.google.com;\n       dkim=none;\n       spf=pass smtp.mailfrom=credly-badges.net;\n       dmarc=none header.from=credly-badges.net")

JA_REQ = ("森下 様\n\nお世話になっております。AWS トレーニングと認定 カスタマーサービスの佐藤です。\n\n"
          "統合前のアカウントに付与されていた割引特典を確認いたしましたところ、同じ形式のバウチャーが2件見つかりました。"
          "1件はすでに使用済みとなっており、もう1件は2025年2月に有効期限を迎えております。\n\n"
          "再発行の可否を判断するため、お手元にあるバウチャーコードの末尾4桁と、ご利用予定の試験名をお知らせいただけますでしょうか。\n\n"
          "お手数をおかけしますが、何卒よろしくお願いいたします。\n\n佐藤\nAWS トレーニングと認定 カスタマーサービス\n")
add("v_req", L("info_request", True, V), TCFROM, ME_P, VS, j(2025,3,26,4,15,UTC), irt="v_ack", text=JA_REQ,
    html="<html><body>" + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in JA_REQ.split("\n\n")) + "</body></html>",
    cte="base64", auth=gauth("amazon.com"))

add("exres", L("certification", ids=[NEW]), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P, "AWS 認定試験の結果について",
    j(2025,3,26,12,0,UTC), text=("森下 健太 様\n\nAWS Certified Developer - Associate 試験を受験いただきありがとうございました。試験結果の準備ができました。\n"
    "AWS 認定アカウント（候補 ID: %s）にサインインしてスコアレポートをご確認ください。\n\nhttps://www.aws.training/Certification\n\n"
    "このメールは送信専用です。\n") % NEW, cte="base64", dom="certmetrics.com", auth=gauth("certmetrics.com"))

add("amzjp", L("unrelated"), addr("Amazon.co.jp", "auto-confirm@amazon.co.jp"), ME_P, "Amazon.co.jp ご注文の確認", j(2025,3,27,8,30),
    text="森下 健太 様\n\nAmazon.co.jp をご利用いただき、ありがとうございます。\nご注文番号: 503-8812034-2291038\n\n「AWS認定 ソリューションアーキテクト プロフェッショナル 問題集」 ¥3,520\nお届け予定: 3月29日\n",
    dom="amazon.co.jp", auth=gauth("amazon.co.jp"), crlf=False)

JA_CLOSE = ("森下 様\n\nAWS トレーニングと認定 カスタマーサービスの佐藤です。\n\n3月26日にお送りしたご質問について、まだご返信を確認できておりません。"
            "本日より5営業日以内にご返信がない場合、本ケースはクローズさせていただきます。\n\n"
            "このメールにご返信いただければ、ケースは引き続きオープンのままとなります。クローズ後であっても、14日以内にご返信いただければ再開が可能です。\n\n"
            "佐藤\nAWS トレーニングと認定 カスタマーサービス\n\n--- 以前のメッセージ ---\n" + JA_REQ)
add("v_close", L("closing_notice", True, V), TCFROM, ME_P, VS, j(2025,3,31,3,0,UTC), irt=["v_ack", "v_req"], text=JA_CLOSE,
    cs="iso-2022-jp", auth=gauth("amazon.com"), crlf=False)

add("farewell", L("user_reply"), addr(ME_NAME, ME_C), "all@tsubame-dx.co.jp", "Last day / 最終出社のご挨拶", j(2025,3,31,17,30),
    text=("皆さま\n\n本日で最終出社となりました。5年間本当にお世話になりました。\nこのアドレスは本日18時で停止します。今後の連絡先は %s です。\n\n森下 健太\n") % ME_P,
    cs="iso-2022-jp", dom="tsubame-dx.co.jp", crlf=False)

JA_U = ("佐藤様\n\nご連絡が遅くなり申し訳ありません。\nバウチャーコードの末尾4桁は「7Q2K」です。受験予定の試験は AWS Certified Solutions Architect - Professional です。\n\n"
        "よろしくお願いいたします。\n森下 健太\n\n2025年3月31日(月) 12:00 AWS Training and Certification <%s>:\n" % TC) + q(JA_CLOSE[:120] + "…")
add("v_u1", L("user_reply", case=V), addr("森下 健太", ME_P), TCFROM, VS, j(2025,3,31,21,15), irt=["v_ack", "v_req", "v_close"],
    text=JA_U, dom="mail.gmail.com", crlf=False)

add("v_ackr", L("acknowledgement", case=V), TCFROM, ME_P, VS, j(2025,4,1,0,20,UTC), irt=["v_ack", "v_u1"],
    text=("森下様\n\nご返信ありがとうございます。いただいた情報を確認のうえ、担当チームにて再発行の可否を確認いたします。"
          "結果が分かり次第ご連絡いたしますので、今しばらくお待ちください。\n\n佐藤\nAWS トレーニングと認定 カスタマーサービス\n"),
    cte="quoted-printable", auth=gauth("amazon.com"))

add("gh3", L("unrelated"), addr("GitHub", "noreply@github.com"), ME_P, "[GitHub] Please verify your email address", j(2025,4,1,1,5,UTC),
    text="Hey kmorishita!\n\nTo finish adding kenta.morishita.k@gmail.com as your primary email, verify it by entering this code: 52019384\n\nThanks,\nThe GitHub Team\n",
    dom=G, auth=gauth("github.com"), cte="7bit")

add("v_upd", L("case_update", case=V), TCFROM, ME_P, VS, j(2025,4,2,6,30,UTC), irt=["v_ack", "v_u1", "v_ackr"],
    text=("Hello Kenta,\n\nI'm Ana from the AWS Training and Certification team and I'm picking this up from my colleague Sato-san, as voucher "
          "re-issues are handled by our benefits team in English. They confirmed that the unused voucher expired during the merge, which qualifies "
          "for a replacement; the request is now in their queue. I'll write again once the new code is issued (normally 3-5 business days).\n") + SIG_TC % "Ana L.",
    auth=gauth("amazon.com"))

add("ph4", L("suspicious"), addr("Pearson VUE", "noreply@pearsonvue-exams.com"), ME_P, "Your exam appointment has been cancelled - action required",
    j(2025,4,2,23,55,UTC), html=("<html><body><p>Dear Candidate,</p><p>Your exam appointment (Registration 482910375) was cancelled due to an ID mismatch "
    "after your AWS Certification account merge. To keep your slot, reply to this email with a photo of your ID and your AWS Certification login, or "
    "<a href='http://pearsonvue-exams.com/restore'>restore your appointment</a>.</p><p>Pearson VUE Candidate Services</p></body></html>"),
    dom="pearsonvue-exams.com", auth="mx.google.com;\n       dkim=pass header.i=@pearsonvue-exams.com;\n       spf=pass smtp.mailfrom=pearsonvue-exams.com;\n       dmarc=pass (p=NONE) header.from=pearsonvue-exams.com")

add("v_res", L("resolved", case=V), TCFROM, ME_P, VS, j(2025,4,7,2,10,UTC), irt=["v_ack", "v_upd"],
    html=("<html><body><p>森下様</p><p>お待たせいたしました。AWS Certified Solutions Architect - Professional にご利用いただける50%割引バウチャーを再発行し、"
          "認定アカウントの「特典」ページに反映いたしました。有効期限は2026年4月6日です。</p>"
          "<p>本件はこれにて完了となります。ご不明な点がございましたら、本メールにご返信ください。</p>"
          "<p>Ana L.<br>AWS トレーニングと認定 カスタマーサービス</p>"
          "<blockquote style='border-left:2px solid #ccc;padding-left:8px'>2025/03/26 佐藤:<br>"
          "再発行の可否を判断するため、お手元にあるバウチャーコードの末尾4桁と、ご利用予定の試験名をお知らせいただけますでしょうか。</blockquote></body></html>"),
    cte="base64", auth=gauth("amazon.com"))

add("v_survey", L("survey", case=V), addr("AWS Customer Service", "aws-cs-survey@amazon.com"), ME_P, "カスタマーサービスに関するアンケートのお願い",
    j(2025,4,7,3,0,UTC), text=("森下様\n\nケース %s に関するご対応について、簡単なアンケートにご協力いただけますと幸いです（所要時間1分）。\n\n"
    "https://survey.amazon.com/cs/s?c=%s&lang=ja\n\n※本メールへのご返信はお受けできません。\n") % (V, V), cs="iso-2022-jp", auth=gauth("amazon.com"), crlf=False)

add("cr3", L("badge"), addr("Credly", "admin@credly.com"), ME_P, "Reminder: your badge from Amazon Web Services Training and Certification is waiting",
    j(2025,4,8,15,0,UTC), text=("Hi Kenta,\n\nYou still haven't accepted the AWS Certified Security - Specialty badge. Accept it to add it to your profile.\n\n"
    "https://www.credly.com/badges/b3c0a7e5-4d10-4f8b-8b0e-61ce2e4a1f09/accept\n\nCredly, Inc. | Unsubscribe\n"), dom="credly.com", auth=gauth("credly.com"))

add("nl2", L("unrelated"), addr("週刊クラウドインフラ通信", "mag@cloudinfra-tsushin.jp", "shift_jis"), ME_P, "【第219号】認定アカウント統合トラブル事例集",
    j(2025,4,7,7,30), text=NL.replace("214", "219").replace("■コラム：アカウント統合はお早めに", "■読者投稿：サポートから『確認してください』と言われたら"),
    cs="shift_jis", cte="base64", dom="cloudinfra-tsushin.jp", auth=gauth("cloudinfra-tsushin.jp"), hcs="shift_jis", crlf=False)

add("recert", L("certification", ids=[NEW]), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations on recertifying your AWS Certification!", j(2025,4,19,9,30,UTC),
    html=("<html><body><p>Hello Kenta,</p><p>Congratulations! You have recertified <b>AWS Certified Solutions Architect - Associate</b>. "
          "Your credential is now valid until April 19, 2028.</p><p>Candidate ID: %s</p><p>Your digital badge will be updated on Credly, and a new "
          "50%% discount benefit is available in your AWS Certification Account.</p></body></html>") % NEW,
    dom="certmetrics.com", auth=gauth("certmetrics.com"))

# ---- a late duplicate: user files the badge question again -> new case G, closed as duplicate of A (reopen)
Gc = "174511204400092"
GS = tc_subj(Gc)
add("g_ack", L("acknowledgement", case=Gc, ids=[NEW]), TCFROM, ME_P, GS, j(2025,4,20,2,27,UTC),
    html=("<html><body><p>Hello,</p><p>Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.</p>"
          "<p>The details of your case are as follows:</p><table border=1><tr><td>Case ID</td><td>%s</td></tr><tr><td>Correspondence</td><td>"
          "After recertifying, Credly shows the old SAA badge as expired and no new badge arrived. Candidate ID %s.</td></tr></table>"
          "<p>We normally reply within 24 hours. Please do not open another case for the same request.</p><p>Sincerely,<br>Amazon Web Services</p></body></html>") % (Gc, Gc, NEW),
    auth=gauth("amazon.com"))

add("g_req", L("info_request", True, Gc), TCFROM, ME_P, GS, j(2025,4,21,5,5,UTC), irt="g_ack",
    text=("Hi Kenta,\n\nI checked the badge record: the recertified badge was issued to the Credly profile registered under your former company address, "
          "which still exists at Credly even though the certification account was merged.\n\n"
          "We need you to sign in to Credly, add %s as an additional e-mail under Settings > Account, and then let us know once that's done so "
          "we can push the badge again.\n") % ME_P + SIG_TC % "Marisol P.", cte="quoted-printable", auth=gauth("amazon.com"))

add("gh4", L("unrelated"), addr("Yuki Tanabe", "notifications@github.com"), ME_P,
    "Re: [tsubame-dx/infra-modules] Account merge script for Organizations (Issue #430)", j(2025,4,21,8,40,UTC),
    text=("@kmorishita we still use your account-merge script for the Organizations move. Could you reply here with how the dry-run flag works? "
          "Thanks!\n\n—\nReply to this email directly, view it on GitHub:\nhttps://github.com/tsubame-dx/infra-modules/issues/430#issuecomment-2712039911\n"
          "You are receiving this because you were mentioned.\n"), dom=G, auth=gauth("github.com"), cte="7bit")

add("g_u1", L("user_reply", case=Gc), addr(ME_NAME, ME_P), TCFROM, GS, j(2025,4,21,20,2), irt=["g_ack", "g_req"],
    text=("Done - I added my gmail address to the Credly profile and verified it.\n\nKenta\n\n"
          "On Mon, Apr 21, 2025 at 2:05 PM AWS Training and Certification <%s> wrote:\n"
          "> We need you to sign in to Credly, add %s as an additional e-mail under Settings > Account, and then let us know once that's done\n") % (TC, ME_P),
    dom="mail.gmail.com", crlf=False)

add("g_res", L("resolved", case=Gc), TCFROM, ME_P, GS, j(2025,4,22,1,33,UTC), irt=["g_ack", "g_u1"],
    text=("Hi Kenta,\n\nThank you. I re-sent the badge and Credly shows it as issued to your current profile. Your request is complete and the case "
          "is now closed. There is nothing more you need to do.\n\nIf you have anything to add, you can reply to this email.\n") + SIG_TC % "Marisol P.",
    auth=gauth("amazon.com"))

add("cr4", L("badge"), addr("Credly", "admin@credly.com"), ME_P, "Amazon Web Services Training and Certification sent you a new badge",
    j(2025,4,22,1,40,UTC), html=("<html><body><h2>Congratulations, Kenta!</h2><p>You earned the <b>AWS Certified Solutions Architect - Associate</b> badge "
    "from Amazon Web Services Training and Certification.</p><p><a href='https://www.credly.com/badges/f01e9c22-7a3b-4d2e-9aa1-4e0c8b7f55d1'>View and accept badge</a></p></body></html>"),
    dom="credly.com", auth=gauth("credly.com"))


add("a_conf2", L("confirmation_request", True, A), TCFROM, ME_P, tc_subj(A, sp=True), j(2025,3,11,4,2,UTC), irt=["a_ack", "a_conf"],
    text=("Kenta,\n\nOne addition to my message from yesterday. Account #3 (the Partner Central sign-on) holds no exams or benefits. "
          "Should it be folded into Account #1 together with Account #2, or left out of the merge? Either way works on our side; "
          "I just need your decision along with your confirmation of the other two.\n\nTomasz\n"), cte="7bit", auth=gauth("amazon.com"))

add("sakura", L("unrelated"), addr("さくらインターネット サポートセンター", "support@sakura.ad.jp", "iso-2022-jp"), ME_P,
    "【さくらインターネット】お問い合わせ番号 [#2025031200418] クローズのお知らせ", j(2025,3,19,15,0),
    text=("森下 健太 様\n\nお問い合わせ番号 #2025031200418 につきまして、最終のご連絡から7日間ご返信がなかったため、クローズいたしました。\n"
          "引き続きご不明な点がございましたら、本メールにご返信いただくことで再開できます。\n\nさくらインターネット株式会社 サポートセンター\n"),
    cs="iso-2022-jp", dom="sakura.ad.jp", auth=gauth("sakura.ad.jp"), crlf=False)

add("health", L("unrelated"), addr("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
    "[Action Required] Amazon RDS planned maintenance in ap-northeast-1 [AWS Account: 402918375561]", j(2025,3,20,18,0,UTC),
    text=("Hello,\n\nWe are contacting you because one or more Amazon RDS instances in your account require a mandatory operating system update. "
          "Please apply the update before April 30, 2025 or it will be applied automatically during your maintenance window.\n\n"
          "Affected resources are listed in the AWS Health Dashboard.\n\nSincerely,\nAmazon Web Services\n\n[AWS ID 402918375561]\n"),
    auth=gauth("amazon.com"))

add("jbsurvey", L("unrelated"), addr("JetBrains", "feedback@jetbrains.com"), ME_P, "How would you rate the support you received? (request #4821337)",
    j(2025,3,16,9,0,UTC), html=("<html><body><p>Hi Kenta,</p><p>We'd love to hear what you think of our customer service. Please take a moment to answer one simple question.</p>"
    "<p>How would you rate the support you received?</p><p><a href='https://jetbrains.zendesk.com/satisfaction/good'>Good, I'm satisfied</a> &nbsp; "
    "<a href='https://jetbrains.zendesk.com/satisfaction/bad'>Bad, I'm unsatisfied</a></p></body></html>"), dom="jetbrains.com", auth=gauth("jetbrains.com"))

add("otp2", L("unrelated"), addr("AWS", "no-reply@login.awsapps.com"), ME_P, "Your AWS verification code", j(2025,3,15,1,50,UTC),
    text="Verification code: 730514\n\nUse this code to sign in with your AWS Builder ID. It expires in 10 minutes.\nIf you didn't try to sign in, change your password.\n",
    dom="login.awsapps.com", auth=gauth("login.awsapps.com"), cte="7bit")

add("coll3", L("unrelated"), addr("Daichi Okamoto", "d.okamoto.works@gmail.com"), ME_P, "AWS認定の統合、どうやった？", j(2025,4,9,20,14),
    text=("森下さん\n\nお久しぶりです、岡本です。自分も来月退職するので、AWS認定アカウントを個人のほうに移したいんですが、\n"
          "サポートから 'Please confirm which account you would like to keep' ってメールが来て、どう返せばいいか迷ってます。\n"
          "森下さんはどう返信しました？ 差し支えなければ教えてください。\n\n岡本\n"), dom="gmail.com", auth=gauth("gmail.com"), crlf=False)

# ---- write out (arrival order = date order, stable)
def write():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"): os.remove(os.path.join(OUT, f))
    order = sorted(range(len(msgs)), key=lambda i: (msgs[i][3], i))
    cnt = collections.Counter()
    for n, i in enumerate(order, 1):
        _, text, label, _dt, key = msgs[i]
        with open(os.path.join(OUT, "%03d-msg.eml" % n), "wb") as fh: fh.write(text.encode("latin-1", errors="strict") if False else text.encode("utf-8"))
        with open(os.path.join(OUT, "%03d-msg.json" % n), "w") as fh: json.dump(label, fh, ensure_ascii=False); fh.write("\n")
        cnt[label["kind"]] += 1
    for k, v in sorted(cnt.items()): print("%-22s %d" % (k, v))
    print("total %d, needs_reply %d" % (len(msgs), sum(1 for m in msgs if m[2]["needs_reply"])))
    return order

if __name__ == "__main__":
    ORDER = write()
    if os.environ.get("LIST"):
        for n, i in enumerate(ORDER, 1):
            print(n, msgs[i][4], msgs[i][2]["kind"], msgs[i][2]["needs_reply"], msgs[i][3].isoformat())
