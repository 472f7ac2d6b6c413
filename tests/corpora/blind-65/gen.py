#!/usr/bin/env python3
"""Generate the blind stress corpus: NNN-slug.eml + NNN-slug.json beside this script."""
import base64, json, os, quopri, zlib
from email.header import Header
from email.utils import formatdate

OUT = os.path.dirname(os.path.abspath(__file__))
ME = "sora.takeda.dev@gmail.com"
CO = "s.takeda@kirinoha-tech.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NAME = "Sora Takeda"
A, B, C, F, H = "174150218300417", "17415033021", "7140395826", "174200031500882", "17420988765"
SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

GAUTH = {
 "amazon": "mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=rte02 header.b=Qk3xP0aa;\n       spf=pass (google.com: domain of {env} designates 54.240.8.21 as permitted sender) smtp.mailfrom={env};\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com",
}
def auth_gmail(dom, ok=True, env=None):
    env = env or ("bounce@" + dom)
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=s1 header.b=Zx81kLmq;\n       spf=pass (google.com: domain of %s designates 54.240.8.21 as permitted sender) smtp.mailfrom=%s;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dom, env, env, dom))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=s1 header.b=Zx81kLmq;\n       spf=softfail (google.com: domain of transitioning %s does not designate 185.220.101.7 as permitted sender) smtp.mailfrom=%s;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (dom, env, env, dom))
def auth_o365(dom, ok=True):
    r = "pass" if ok else "fail"
    return ("spf=%s (sender IP is 54.240.8.21) smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass reason=100" % (r, dom, r, dom, r, dom))

_clock = [1741222800]  # 2025-03-06 01:00 UTC
def tick(minutes):
    _clock[0] += int(minutes * 60)
    return formatdate(_clock[0], localtime=False)

_n = [0]
MIDS = {}

def enc_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw

def leaf(text, subtype="plain", charset="utf-8", cte="8bit"):
    hdr = ("Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (subtype, charset, cte)).encode()
    return hdr, enc_body(text, charset, cte)

def hdrval(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()

def addr(name, email, charset="utf-8"):
    if not name:
        return email
    return "%s <%s>" % (hdrval(name, charset) if not name.isascii() else '"%s"' % name if "," in name else name, email)

def msg(slug, label, frm, to, subject, body, *, html=None, html_only=False, charset="utf-8", cte="8bit",
        hcte=None, crlf=False, reply_to=None, auth=None, key=None, irt=None, refs=None, minutes=60,
        extra=None, domain="amazon.com", hcharset=None):
    _n[0] += 1
    num = "%03d" % _n[0]
    date = tick(minutes)
    mid = "<%s.%s@%s>" % (num, zlib.crc32(slug.encode()), domain)
    if key:
        MIDS[key] = mid
    hc = hcharset or ("iso-2022-jp" if charset == "iso-2022-jp" else "utf-8")
    lines = []
    if auth:
        lines.append("Authentication-Results: " + auth)
    lines += ["Date: " + date, "From: " + frm, "To: " + to, "Subject: " + hdrval(subject, hc), "Message-ID: " + mid]
    if reply_to:
        lines.append("Reply-To: " + reply_to)
    if irt:
        lines.append("In-Reply-To: " + MIDS[irt])
        rl = [MIDS[k] for k in (refs or [irt])]
        lines.append("References: " + " ".join(rl))
    for e in (extra or []):
        lines.append(e)
    lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode()
    if html is not None and html_only:
        h, b = leaf(html, "html", charset, hcte or cte)
        data = head + h + b"\n" + b
    elif html is not None:
        bd = "=_alt_%s_%s" % (num, zlib.crc32(subject.encode()) % 10**8)
        h1, b1 = leaf(body, "plain", charset, cte)
        h2, b2 = leaf(html, "html", charset, hcte or cte)
        data = (head + ("Content-Type: multipart/alternative; boundary=\"%s\"\n\n" % bd).encode()
                + ("--%s\n" % bd).encode() + h1 + b"\n" + b1 + b"\n"
                + ("--%s\n" % bd).encode() + h2 + b"\n" + b2 + b"\n"
                + ("--%s--\n" % bd).encode())
    else:
        h, b = leaf(body, "plain", charset, cte)
        data = head + h + b"\n" + b
    if not data.endswith(b"\n"):
        data += b"\n"
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    path = os.path.join(OUT, "%s-%s" % (num, slug))
    with open(path + ".eml", "wb") as f:
        f.write(data)
    kind, nr, case, cids = label
    with open(path + ".json", "w") as f:
        json.dump({"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cids}, f, ensure_ascii=False)
        f.write("\n")

TCF = "Amazon Web Services <%s>" % TC
CON = "Amazon Web Services <no-reply-aws@amazon.com>"
GA = lambda: auth_gmail("amazon.com", True, "0100019=bounces@amazonses.com")
OA = lambda: auth_o365("amazon.com", True)
ME_FROM = "%s <%s>" % (NAME, ME)
CO_FROM = "Takeda Sora <%s>" % CO
CONSOLE_FOOT = ("\nWe value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n"
                "Best regards,\nAmazon Web Services\n\n"
                "==========================================================\n"
                "To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
                "(If you are connecting by federation, log in before following the link.)\n\n"
                "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
                "To contact us about this case, please use the URL above.\n"
                "==========================================================\n\n"
                "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n")

def gen():
    # 001 GitHub merged
    msg("repo-pr-notice", ("unrelated", False, None, []),
        "Hiroki Maeda <notifications@github.com>", CO,
        "Re: [kirinoha/infra-modules] Merge account-baseline into main (PR #482)",
        "Merged #482 into main.\n\nAll accounts in the sandbox OU now pick up the new baseline. @s-takeda please confirm the drift report looks clean when you get a chance.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/kirinoha/infra-modules/pull/482#event-1182\nYou are receiving this because you were mentioned.\n",
        auth=auth_o365("github.com"), domain="github.com", minutes=1)
    # 002 Builder ID code
    msg("signin-code", ("unrelated", False, None, []),
        "AWS <no-reply@signin.aws>", ME, "Verify your AWS Builder ID email address",
        "Hello,\n\nTo finish creating your AWS Builder ID, enter this verification code:\n\n    481 207\n\nThe code expires in 10 minutes. If you didn't request it, you can ignore this email.\n\nAWS\n",
        auth=auth_gmail("signin.aws"), domain="signin.aws", minutes=50)
    # 003 aws.training welcome
    msg("training-welcome", ("unrelated", False, None, []),
        "AWS Training and Certification <no-reply@aws.training>", ME, "Welcome to AWS Skill Builder",
        "Hi Sora,\n\nYour AWS Skill Builder profile is ready. Complete your certification profile to link exam results, and tell us your learning goals so we can suggest courses.\n\nStart learning: https://skillbuilder.aws/\n\nQuestions? Reply to this message or visit our FAQ.\n",
        auth=auth_gmail("aws.training"), domain="aws.training", minutes=12)
    # 004 ack A
    msg("form-opened-a", ("acknowledgement", False, A, []),
        TCF, ME, "RE:[CASE %s] %s" % (A, SUBJ),
        "Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.\n\nThe details of your case are as follows:\n\nCase ID: %s\nSubject: Account Merge\nInquiry type: Certification\n\nWe usually reply within 24 hours. If you have already opened a case, please don't open another one for the same request; it may delay our answer.\n\nIf you have anything to add, simply reply to this email and keep the case number in the subject line.\n\nSincerely,\nAWS Training and Certification Customer Service\n" % (A, A),
        auth=GA(), key="a_ack", minutes=25, crlf=True)
    # 005 ack B (duplicate, Japanese, company address, ISO-2022-JP)
    msg("form-opened-b", ("acknowledgement", False, B, []),
        TCF, CO, "RE: [CASE %s] %s" % (B, SUBJ),
        "お問い合わせいただきありがとうございます。\n\nご依頼を受け付け、ケース %s を作成いたしました。\n通常24時間以内に担当者よりご連絡いたします。\n\nすでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。\n\n補足事項がございましたら、件名を変えずにこのメールへご返信ください。\n\nAWS トレーニングと認定 カスタマーサービス\n" % B,
        charset="iso-2022-jp", cte="7bit", auth=OA(), key="b_ack", minutes=9)
    # 006 forward of B ack to personal
    msg("fwd-to-self", ("user_reply", False, B, []),
        CO_FROM, ME, "FW: RE: [CASE %s] %s" % (B, SUBJ),
        "Keeping a copy here since this mailbox goes away on the 14th.\n\n"
        "________________________________\nFrom: Amazon Web Services <%s>\nSent: Thursday, March 6, 2025 11:36\nTo: Takeda Sora <%s>\nSubject: RE: [CASE %s] %s\n\n"
        "お問い合わせいただきありがとうございます。\n\nご依頼を受け付け、ケース %s を作成いたしました。\n通常24時間以内に担当者よりご連絡いたします。\n\n補足事項がございましたら、件名を変えずにこのメールへご返信ください。\n" % (TC, CO, B, SUBJ, B),
        auth=auth_gmail("kirinoha-tech.co.jp"), domain="kirinoha-tech.co.jp", irt="b_ack", minutes=7)
    # 007 OOO from colleague
    msg("colleague-away", ("unrelated", False, None, []),
        "Yuki Hamada <y.hamada@kirinoha-tech.co.jp>", CO, "Automatic reply: handover checklist",
        "I'm out of the office until March 12 with limited access to email. For anything urgent about the handover, please contact Kenji Ota. Please reply to me after the 12th if this still needs my input.\n",
        auth=auth_o365("kirinoha-tech.co.jp"), domain="kirinoha-tech.co.jp", minutes=30,
        extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: y.hamada@kirinoha-tech.co.jp"])
    # 008 confirmation request A (HTML only, QP, buried ask, no please)
    html8 = ("<html><body style=\"font-family:Arial\"><p>Hello Sora,</p>"
        "<p>My name is Daniel and I'll be handling your request. I had a look at the certification records linked to the addresses in your form. "
        "Merging moves exam history, active certifications, digital badges and any unused benefits from one account into the other; "
        "the account that is merged away is deactivated and can no longer be used to sign in. This cannot be undone once it's done, which is why I'd rather double check before I touch anything.</p>"
        "<p>These are the two accounts I found:</p>"
        "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
        "<tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
        "<tr><td>Candidate ID</td><td>AWS05520941</td><td>AWS03318207</td></tr>"
        "<tr><td>Login email</td><td>%s</td><td>%s</td></tr>"
        "<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>"
        "<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>"
        "<tr><td>Active certifications</td><td>0</td><td>3</td></tr></table>"
        "<p>Based on your form I assume Account #1 is the one you want to keep, but I need to hear it from you: which of the two should stay as the surviving account?</p>"
        "<p>Kind regards,<br>Daniel M.<br>AWS Training and Certification</p></body></html>") % (ME, CO, ME, CO, ME, CO)
    msg("records-found-a", ("confirmation_request", True, A, ["AWS05520941", "AWS03318207"]),
        TCF, ME, "RE:[CASE %s] %s" % (A, SUBJ), None, html=html8, html_only=True, cte="quoted-printable",
        auth=GA(), key="a_conf", minutes=21*60)
    # 009 resolved B (duplicate closed)
    msg("duplicate-handled", ("resolved", False, B, []),
        TCF, CO, "RE: [CASE %s] %s" % (B, SUBJ),
        "Hello,\n\nIt looks like the same merge request reached us twice, once from each of your addresses. To avoid two agents working on the same accounts, I've closed this case and we'll carry on under case %s, which another colleague is already working on.\n\nNo further action is required on this case.\n\nBest regards,\nPriya\nAWS Training and Certification\n\nHow did we do? Rate this reply: https://survey.aws.amazon.com/r/x7Kq2\n" % A,
        auth=OA(), key="b_res", minutes=40)
    # 010 phishing lookalike
    msg("merge-verify-link", ("suspicious", False, None, []),
        "AWS Certification Support <support@aws-certification-support.com>", ME,
        "RE:[CASE %s] Action required: confirm account merge" % A,
        "Dear Candidate,\n\nWe are ready to merge your accounts.\n\nAccount #1\nLogin email: %s\n\nAccount #2\nLogin email: %s\n\nTo confirm which account to keep, sign in within 24 hours at https://aws-certification-support.com/merge/verify and enter your password. Unconfirmed requests are cancelled.\n\nAWS Training & Certification\n" % (ME, CO),
        auth=auth_gmail("aws-certification-support.com", True), domain="aws-certification-support.com", minutes=95)
    # 011 billing
    msg("monthly-invoice", ("unrelated", False, None, []),
        "Amazon Web Services <aws-billing@amazon.com>", ME, "Amazon Web Services Billing Statement Available [AWS ID 482910337615]",
        "Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:\n\nTotal: $3.41\n\nYou can see a complete break down of all charges on the Billing & Cost Management page located at https://console.aws.amazon.com/billing/home#/bill\n\nThank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\nThis message was produced and distributed by Amazon Web Services, Inc.\n",
        auth=GA(), minutes=120)
    # 012 user reply A
    msg("keep-first-one", ("user_reply", False, A, ["AWS05520941"]),
        ME_FROM, "Amazon Web Services <%s>" % TC, "Re: RE:[CASE %s] %s" % (A, SUBJ),
        "Hi Daniel,\n\nConfirmed. Please merge Account #2 into Account #1 and keep Account #1 (AWS05520941, my personal address).\n\nThanks,\nSora\n\n"
        "On Fri, Mar 7, 2025 at 10:41 AM Amazon Web Services <%s> wrote:\n"
        "> Hello Sora,\n> These are the two accounts I found:\n> Account #1 Candidate ID AWS05520941 Login email %s\n> Account #2 Candidate ID AWS03318207 Login email %s\n"
        "> Based on your form I assume Account #1 is the one you want to keep, but I need to hear it from you: which of the two should stay as the surviving account?\n" % (TC, ME, CO),
        auth=None, domain="mail.gmail.com", key="a_r1", irt="a_conf", refs=["a_ack", "a_conf"], minutes=180)
    # 013 on_hold A no ask
    msg("partner-review-a", ("on_hold", False, A, []),
        TCF, ME, "RE:[CASE %s] %s" % (A, SUBJ),
        "Hello Sora,\n\nThank you for confirming.\n\nBefore I could run the merge, our system flagged Account #2 as associated with an AWS Partner Network (APN) organization (Kirinoha Tech). Accounts tied to a partner are managed together with the partner's records, so I've referred the request to our Partner team and the merge is paused until they come back to me.\n\nThere is nothing you need to send at the moment. Should anything about your situation change in the meantime, feel free to reply to this email.\n\nKind regards,\nDaniel M.\nAWS Training and Certification\n",
        auth=GA(), key="a_hold1", irt="a_r1", minutes=5*60)
    # 014 Pearson VUE
    msg("exam-booking", ("unrelated", False, None, []),
        "Pearson VUE <pearsonvuecustomerservice@pearson.com>", ME, "Confirmation of your exam appointment",
        "Dear Sora Takeda,\n\nThank you for scheduling your AWS Certified Developer - Associate exam.\n\nRegistration ID: 438112907\nDate: April 18, 2025 10:00 JST\nDelivery: OnVUE online proctored\n\nPlease run the system test before exam day and confirm your ID meets the requirements. To reschedule, sign in to your account at least 24 hours in advance.\n\nPearson VUE\n",
        auth=auth_gmail("pearson.com"), domain="pearson.com", minutes=200)
    # 015 marketing
    msg("summit-invite", ("unrelated", False, None, []),
        "AWS Events <aws-marketing-email-replies@amazon.com>", ME, "Save your seat: AWS Summit Tokyo registration is open",
        "Hello Sora,\n\nRegistration for AWS Summit Japan is now open. Join 200+ sessions, hands-on labs and the certification lounge (certified attendees: bring your digital badge!).\n\nRegister now: https://aws.amazon.com/events/summits/japan/\n\nTo unsubscribe, reply with UNSUBSCRIBE in the subject line.\n",
        auth=GA(), minutes=400)
    # 016 case_update A
    msg("partner-still-pending", ("case_update", False, A, []),
        TCF, ME, "RE:[CASE %s] %s" % (A, SUBJ),
        "Hi Sora,\n\nA short note so you're not left wondering: the Partner team has your request in their queue and usually answers within three to five business days. I'll write again as soon as I hear back.\n\nDaniel M.\nAWS Training and Certification\n",
        auth=GA(), key="a_upd1", minutes=26*60)
    # 017 on_hold A with ask (bare question)
    msg("partner-question-a", ("on_hold", True, A, []),
        TCF, ME, "RE:[CASE %s] %s" % (A, SUBJ),
        "Hello Sora,\n\nThe Partner team came back to me. Account #2 is still listed under Kirinoha Tech in APN, and they won't release an employee's certifications to a personal account while the person is still employed by the partner. Once you've left, the merge can go ahead. The case stays on hold on our side until then.\n\nWhat is your last working day at Kirinoha Tech, and do you remain employed there after that date in any capacity?\n\nDaniel M.\nAWS Training and Certification\n",
        auth=GA(), key="a_hold2", minutes=2*24*60)
    # 018 user reply A from company address (wrong address), Outlook style
    msg("last-day-from-work", ("user_reply", False, A, []),
        CO_FROM, "Amazon Web Services <%s>" % TC, "RE: RE:[CASE %s] %s" % (A, SUBJ),
        "Hello Daniel,\n\nMy last working day is March 14, 2025. I will not be employed by Kirinoha Tech in any capacity after that; this mailbox will also be deleted.\n\nRegards,\nSora Takeda\n\n"
        "-----Original Message-----\nFrom: Amazon Web Services <%s>\nSent: Tuesday, March 11, 2025 9:02 AM\nTo: %s\nSubject: RE:[CASE %s] %s\n\n"
        "What is your last working day at Kirinoha Tech, and do you remain employed there after that date in any capacity?\n" % (TC, ME, A, SUBJ),
        auth=None, domain="kirinoha-tech.co.jp", key="a_r2", irt="a_hold2", minutes=90, crlf=True)
    # 019 info_request A: write from the kept address (buried)
    msg("sender-mismatch-a", ("info_request", True, A, []),
        TCF, CO, "RE:[CASE %s] %s" % (A, SUBJ),
        "Hello,\n\nThank you for the details about your last working day, that is exactly what the Partner team needed. I've passed it on and they have agreed to release the account after March 14.\n\nOne snag on my side: your answer arrived from %s, which is the login of the account that will be merged away. For security reasons a merge can only be authorised by the owner of the account that is kept. We need you to send the same statement from %s, by replying to this case from that mailbox. Once it's in, I can schedule the merge for March 15.\n\nKind regards,\nDaniel M.\nAWS Training and Certification\n" % (CO, ME),
        auth=OA(), key="a_info1", irt="a_r2", minutes=3*60)
    # 020 Jira
    msg("ticket-digest", ("unrelated", False, None, []),
        "Jira <jira@kirinoha.atlassian.net>", CO, "[JIRA] (OPS-2291) Close out AWS accounts owned by leavers",
        "Kenji Ota updated OPS-2291\nStatus: In Progress -> Resolved\nResolution: Done\n\nComment: Sora's IAM users removed; AWS account 771203448861 handed over. @Sora Takeda can you confirm nothing else is pending?\n\nView issue: https://kirinoha.atlassian.net/browse/OPS-2291\n",
        auth=auth_o365("atlassian.net"), domain="atlassian.net", minutes=50)
    # 021 user reply A from personal, only threaded by headers
    msg("resent-from-home", ("user_reply", False, A, []),
        ME_FROM, "Amazon Web Services <%s>" % TC, "account merge - last day confirmation",
        "Hello Daniel,\n\nSending this from my personal address as requested: my last working day at Kirinoha Tech is March 14, 2025, and I won't be employed there after that. Please go ahead and merge the company account into my personal one.\n\nBest,\nSora Takeda\n",
        domain="mail.gmail.com", key="a_r3", irt="a_info1", refs=["a_ack", "a_conf", "a_hold2", "a_info1"], minutes=25)
    # 022 console ack C
    msg("console-new-case", ("acknowledgement", False, C, []),
        CON, ME, "Amazon Web Services: New Support case: %s" % C,
        "Dear AWS Customer,\n\nThank you for contacting AWS Support. A case has been created for your inquiry.\n\nCase ID: %s\nSubject: Charged twice for exam voucher bundle\nSeverity: General guidance\nAccount: 482910337615\n\nYou can view or add correspondence to your case at any time in the Support Center:\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n" % (C, C),
        auth=GA(), key="c_ack", minutes=14*60)
    # 023 resolved A with optional offer, quoting earlier request (Outlook style)
    msg("merge-finished-a", ("resolved", False, A, ["AWS05520941"]),
        TCF, ME, "RE:[CASE %s] %s" % (A, SUBJ),
        "Hello Sora,\n\nI have successfully merged all accounts. Your exam history, the three active certifications and the 50%% exam discount now sit under candidate ID AWS05520941, and the old company account has been deactivated.\n\nIf you'd like, I can also ask the Partner team to drop you from the Kirinoha Tech roster straight away rather than waiting for their monthly sync. Just say the word, otherwise it will happen on its own.\n\nAll the best in the new job,\nDaniel M.\nAWS Training and Certification\n\n"
        "-----Original Message-----\nFrom: Amazon Web Services\nSent: 03/11/2025 14:20\nSubject: RE:[CASE %s] %s\n\n"
        "We need you to send the same statement from %s, by replying to this case from that mailbox.\n\n"
        "-----Original Message-----\nFrom: Amazon Web Services\nSent: 03/07/2025 10:41\n\nBased on your form I assume Account #1 is the one you want to keep, but I need to hear it from you: which of the two should stay as the surviving account?\nAccount #2 Candidate ID AWS03318207\n" % (A, SUBJ, ME),
        html=None, charset="utf-8", cte="quoted-printable", auth=GA(), key="a_res", irt="a_r3", minutes=4*24*60)
    # 024 Credly badge
    msg("badge-issued", ("badge", False, None, []),
        "Credly <admin@credly.com>", ME, "Sora, you've earned the AWS Certified Solutions Architect - Associate badge!",
        "Amazon Web Services Training and Certification has issued you a new badge.\n\nAWS Certified Solutions Architect - Associate\n\nAccept your badge to share it on LinkedIn and add it to your email signature:\nhttps://www.credly.com/badges/6f0c2d9e-51a8-4b1e-9f3c-2a8d77e10c44\n\nNeed help? Contact support@credly.com.\n",
        auth=auth_gmail("credly.com"), domain="credly.com", minutes=35)
    # 025 survey A
    msg("rate-case-a", ("survey", False, A, []),
        "Amazon Web Services <aws-cs-survey@amazon.com>", ME, "Tell us about your experience with case %s" % A,
        "Hello,\n\nYour recent case %s with AWS Training and Certification was marked as resolved. Would you take two minutes to rate the help you received?\n\nRate your experience: https://survey.aws.amazon.com/tc?case=%s\n\nYour answers go to the team that handled the case. Please do not reply to this email.\n" % (A, A),
        auth=GA(), minutes=60)
    # 026 console info request C, with feedback footer
    msg("console-needs-order", ("info_request", True, C, []),
        CON, ME, "RE:[CASE %s] Charged twice for exam voucher bundle" % C,
        "Hello,\n\nThanks for reaching out about the duplicate charge. I checked account 482910337615 and can see two charges on March 9, but the voucher bundle was bought through the training portal, so I need to match them to an order.\n\nCould you add the order number shown on your Skill Builder receipt to this case? Any screenshot of the receipt also helps. Please add it in the Support Center rather than by email.\n\nRegards,\nMarta K.\nAmazon Web Services\n" + (CONSOLE_FOOT % C),
        auth=GA(), key="c_info", minutes=9*60)
    # 027 vendor case closed
    msg("vendor-ticket-solved", ("unrelated", False, None, []),
        "Notion Support <support@makenotion.zendesk.com>", ME, "[Notion] Re: Workspace transfer (#481223) has been solved",
        "Hi Sora,\n\nYour request (#481223) has been solved. We'll close it automatically in 4 days.\n\nIf this didn't fix things, just reply to this email and the request will reopen.\n\nThe Notion Team\n",
        auth=auth_gmail("zendesk.com"), domain="zendesk.com", minutes=300)
    # 028 dmarc fail lookalike genuine
    msg("case-expiry-warning", ("suspicious", False, None, []),
        TCF, ME, "RE:[CASE %s] %s" % (A, SUBJ),
        "Hello,\n\nWe have not received the confirmation we asked for. Your case will be closed and your certifications removed within 24 hours.\n\nTo keep your case open, verify your identity here:\nhttps://aws-training-verify.support-case.net/login\n\nAWS Training and Certification\n",
        auth=auth_gmail("amazon.com", False, "noreply@mail-relay-12.ru"), domain="mail-relay-12.ru", minutes=200)
    # 029 certmetrics feedback invitation
    msg("program-feedback", ("certification", False, None, ["AWS05520941"]),
        "AWS Certification <do-not-reply@certmetrics.com>", ME, "AWS Certification wants to hear from you",
        "Hello Sora,\n\nAs an AWS Certified individual, your opinion shapes our program. Please take our 10-minute survey about the value of AWS Certification in your career.\n\nTake the survey: https://www.certmetrics.com/amazon/survey/2025\n\nCandidate ID: AWS05520941\n\nAWS Certification\n",
        auth=auth_gmail("certmetrics.com"), domain="certmetrics.com", minutes=120)
    # 030 console closing notice C (friendly reminder)
    msg("console-check-in", ("closing_notice", True, C, []),
        CON, ME, "RE:[CASE %s] Charged twice for exam voucher bundle" % C,
        "Hello again,\n\nJust checking in on the order number we talked about. We haven't seen a response yet, so this case will be resolved automatically in 3 days. Adding a reply in the Support Center before then keeps it open and I'll carry on with the refund.\n\nRegards,\nMarta K.\nAmazon Web Services\n" + (CONSOLE_FOOT % C),
        auth=GA(), key="c_close", minutes=2*24*60)
    # 031 Builder ID code (awsapps)
    msg("awsapps-otp", ("unrelated", False, None, []),
        "AWS <no-reply@login.awsapps.com>", ME, "Your AWS verification code",
        "Your verification code is: 730519\n\nEnter this code to continue signing in. Do not share it with anyone. This code expires in 10 minutes.\n",
        auth=auth_gmail("login.awsapps.com"), domain="login.awsapps.com", minutes=600)
    # 032 console case_update C
    msg("console-refund-started", ("case_update", False, C, []),
        CON, ME, "RE:[CASE %s] Charged twice for exam voucher bundle" % C,
        "Hello,\n\nThank you for the order number. I've matched it to the second charge and asked our billing team to refund it. Refunds usually appear on the card statement within 5-7 business days; I'll keep the case open until it's confirmed.\n\nRegards,\nMarta K.\nAmazon Web Services\n" + (CONSOLE_FOOT % C),
        auth=GA(), minutes=22*60)
    # 033 user reopens A
    msg("history-missing", ("user_reply", False, A, ["AWS05520941"]),
        ME_FROM, "Amazon Web Services <%s>" % TC, "Re: RE:[CASE %s] %s" % (A, SUBJ),
        "Hi Daniel,\n\nThanks again. One thing looks off: on AWS05520941 I see the three certifications, but my 2022 SAA exam is missing from the exam history. Could you take another look?\n\nSora\n\nOn Wed, Mar 19, 2025 at 9:12 AM Amazon Web Services <%s> wrote:\n> I have successfully merged all accounts.\n> If you'd like, I can also ask the Partner team to drop you from the Kirinoha Tech roster straight away.\n" % TC,
        domain="mail.gmail.com", key="a_r4", irt="a_res", minutes=26*60)
    # 034 case_update A reopened
    msg("reopened-a", ("case_update", False, A, []),
        TCF, ME, "RE:[CASE %s] %s" % (A, SUBJ),
        "Hello Sora,\n\nI've reopened your case and handed the missing exam over to our certification records team, who can trace results that didn't come across in a merge. That can take a few days. You don't need to do anything in the meantime.\n\nDaniel M.\n",
        auth=GA(), key="a_reopen", irt="a_r4", minutes=6*60)
    # 035 console resolved C
    msg("console-resolved", ("resolved", False, C, []),
        CON, ME, "RE:[CASE %s] Charged twice for exam voucher bundle" % C,
        "Hello,\n\nThe billing team confirmed the refund of the duplicate charge has been issued, so I'm marking this case as resolved. If anything else comes up you can reopen it from the Support Center within 14 days.\n\nRegards,\nMarta K.\nAmazon Web Services\n" + (CONSOLE_FOOT % C),
        auth=GA(), minutes=3*24*60)
    # 036 info_request A mixed progress + question
    msg("third-id-found", ("info_request", True, A, ["AWS07781234"]),
        TCF, ME, "RE:[CASE %s] %s" % (A, SUBJ),
        "Hello Sora,\n\nGood news first: the records team found your 2022 Solutions Architect exam. It was recorded under a third candidate ID, AWS07781234, which looks like it was created when the exam was booked through a training partner. They can move it to your merged account.\n\nTo be sure it's yours they want two things: was that exam paid with a voucher from your then employer, and what was the Pearson VUE registration ID on the booking (a 9-digit number, if you still have the confirmation)?\n\nDaniel M.\nAWS Training and Certification\n",
        auth=GA(), key="a_info2", irt="a_r4", refs=["a_res", "a_r4", "a_reopen"], minutes=3*24*60)
    # 037 newsletter
    msg("weekly-digest", ("unrelated", False, None, []),
        "Last Week in AWS <newsletter@lastweekinaws.com>", ME, "Last Week in AWS: the case of the merged accounts",
        "This week: AWS Organizations gets a new way to merge billing families, CloudFront pricing changes, and a reader asks how to get support to close a case faster.\n\nReply to this email and tell us what you want covered. We read everything.\n",
        auth=auth_gmail("lastweekinaws.com"), domain="lastweekinaws.com", minutes=300)
    # 038 bounce
    msg("undeliverable-copy", ("unrelated", False, None, []),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME, "Delivery Status Notification (Failure)",
        "** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.\n\nThe response was:\n550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n\n----- Original message -----\nSubject: Fwd: RE:[CASE %s] %s\nTo: %s\n\nCould you answer the records team's question?\n" % (CO, A, SUBJ, CO),
        auth=None, domain="googlemail.com", minutes=90, extra=["Auto-Submitted: auto-replied"])
    # 039 user answers A
    msg("voucher-answer", ("user_reply", False, A, ["AWS07781234"]),
        ME_FROM, "Amazon Web Services <%s>" % TC, "Re: RE:[CASE %s] %s" % (A, SUBJ),
        "Hi Daniel,\n\nYes, that one is mine. AWS07781234 was booked with a company voucher in 2022. The registration ID on the Pearson VUE confirmation is 311045872.\n\nThanks,\nSora\n\n> To be sure it's yours they want two things: was that exam paid with a voucher from your then employer, and what was the Pearson VUE registration ID on the booking?\n",
        domain="mail.gmail.com", key="a_r5", irt="a_info2", minutes=4*60)
    # 040 resolved A again, quoting the old ask
    msg("exam-moved-a", ("resolved", False, A, []),
        TCF, ME, "RE:[CASE %s] %s" % (A, SUBJ),
        "Hi Sora,\n\nThe 2022 exam now shows in your exam history and the extra candidate record has been retired. Your case is resolved and no further action is required.\n\nDaniel M.\n\nOn Mon, Mar 24, 2025, Amazon Web Services wrote:\n> To be sure it's yours they want two things: was that exam paid with a voucher from your then employer, and what was the Pearson VUE registration ID on the booking (a 9-digit number, if you still have the confirmation)?\n> third candidate ID, AWS07781234\n",
        auth=GA(), key="a_res2", irt="a_r5", minutes=2*24*60, crlf=True)
    # 041 recert congrats
    msg("recert-done", ("certification", False, None, []),
        "AWS Certification <do-not-reply@certmetrics.com>", ME, "Congratulations on recertifying your AWS Certification!",
        "Dear Sora Takeda,\n\nCongratulations on recertifying your AWS Certified Solutions Architect - Associate certification. Your new expiration date is March 2028.\n\nYou can download your certificate from the Certification Account. Please allow up to 5 business days for your Credly badge to update.\n\nAWS Certification\n",
        auth=auth_gmail("certmetrics.com"), domain="certmetrics.com", minutes=8*60)

    # ---- Case F (Japanese) ----
    msg("form-opened-f", ("acknowledgement", False, F, []),
        TCF, ME, "RE:[CASE %s] %s" % (F, SUBJ),
        "竹田 様\n\nアマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。\nケース %s を作成いたしました。\n\nケースの詳細は以下のとおりです。\nケース ID: %s\n件名: アカウントの統合\n\n通常24時間以内にご回答いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。\n\n追加でお伝えいただきたい情報がございましたら、本メールにご返信ください。\n\nAWS トレーニングと認定\n" % (F, F),
        charset="shift_jis", cte="8bit", auth=GA(), key="f_ack", minutes=3*24*60)
    msg("seminar-jp", ("unrelated", False, None, []),
        "AWS Japan <aws-marketing-email-replies@amazon.com>", ME, "【ご案内】AWS 認定 合格者限定セミナーのお知らせ",
        "竹田 様\n\nAWS 認定をお持ちの方限定のオンラインセミナーを開催いたします。\n参加をご希望の方は、下記よりお申し込みのうえ、当日の接続確認をお願いいたします。\n\nお申し込み: https://aws.amazon.com/jp/events/\n\n配信停止をご希望の場合は、本メールにご返信ください。\n",
        charset="iso-2022-jp", cte="7bit", auth=GA(), minutes=200)
    html43 = ("<html><body><p>竹田 様</p><p>いつもお世話になっております。AWS トレーニングと認定の山口でございます。</p>"
        "<p>ご依頼いただいた件について調査いたしましたところ、同一のメールアドレスに紐づく認定アカウントが2件見つかりました。</p>"
        "<table border=\"1\"><tr><th></th><th>アカウント #1</th><th>アカウント #2</th></tr>"
        "<tr><td>候補 ID</td><td>AWS05520941</td><td>AWS02209876</td></tr>"
        "<tr><td>ログインメール</td><td>%s</td><td>%s (パートナーセントラル SSO)</td></tr></table>"
        "<p>統合後はアカウント #2 がご利用いただけなくなります。統合先としてアカウント #1 を残すということでお間違いないか、ご確認いただけますでしょうか。</p>"
        "<p>何卒よろしくお願いいたします。<br>山口</p></body></html>") % (ME, ME)
    msg("two-accounts-jp", ("confirmation_request", True, F, ["AWS05520941", "AWS02209876"]),
        TCF, ME, "RE:[CASE %s] %s" % (F, SUBJ),
        "竹田 様\n\nいつもお世話になっております。AWS トレーニングと認定の山口でございます。\n\n同一のメールアドレスに紐づく認定アカウントが2件見つかりました。\n\nアカウント #1\n候補 ID: AWS05520941\nログインメール: %s\n\nアカウント #2\n候補 ID: AWS02209876\nログインメール: %s (パートナーセントラル SSO)\n\n統合後はアカウント #2 がご利用いただけなくなります。統合先としてアカウント #1 を残すということでお間違いないか、ご確認いただけますでしょうか。\n\n何卒よろしくお願いいたします。\n山口\n" % (ME, ME),
        html=html43, charset="utf-8", cte="base64", auth=GA(), key="f_conf", minutes=20*60)
    msg("vue-reminder-jp", ("unrelated", False, None, []),
        "ピアソンVUE <pearsonvuecustomerservice@pearson.com>", ME, "試験予約のリマインダー",
        "竹田 空 様\n\n試験日が近づいてまいりました。\n\n登録番号: 438112907\n試験: AWS Certified Developer - Associate\n日時: 2025年4月18日 10:00\n\n当日は有効な身分証明書をご用意ください。予約の変更は24時間前までにお手続きください。\n",
        charset="utf-8", cte="8bit", auth=auth_gmail("pearson.com"), domain="pearson.com", minutes=300)
    msg("gentle-reminder-jp", ("closing_notice", True, F, []),
        TCF, ME, "RE:[CASE %s] %s" % (F, SUBJ),
        "竹田 様\n\n念のためのご連絡です。先日お送りした統合先のご確認について、まだご返信をいただいておりません。\n\n本メール送信後3営業日以内にご返信がない場合、本ケースはいったんクローズとさせていただきます。ご返信いただければ、引き続きこちらで対応を進めてまいります。\n\n山口\nAWS トレーニングと認定\n",
        charset="iso-2022-jp", cte="7bit", auth=GA(), key="f_close", minutes=3*24*60)
    msg("ok-merge-jp", ("user_reply", False, F, []),
        ME_FROM, "Amazon Web Services <%s>" % TC, "Re: RE:[CASE %s] %s" % (F, SUBJ),
        "山口様\n\nご連絡が遅くなり申し訳ありません。\n内容を確認しました。アカウント #1 を残し、アカウント #2 を統合してください。\n\nよろしくお願いいたします。\n竹田\n\n2025年3月27日(木) 10:05 Amazon Web Services <%s>:\n> 統合先としてアカウント #1 を残すということでお間違いないか、ご確認いただけますでしょうか。\n" % TC,
        charset="utf-8", cte="8bit", domain="mail.gmail.com", key="f_r1", irt="f_close", refs=["f_ack", "f_conf", "f_close"], minutes=5*60)
    msg("started-jp", ("case_update", False, F, []),
        TCF, ME, "RE:[CASE %s] %s" % (F, SUBJ),
        "竹田 様\n\nご確認いただきありがとうございます。統合の手続きを開始いたしました。\n反映までに2〜3営業日ほどお時間をいただく場合がございます。\n\nご不明な点がございましたら、お気軽に本メールへご返信ください。\n\n山口\n",
        charset="utf-8", cte="base64", auth=GA(), key="f_upd", minutes=3*60)
    msg("apn-wait-jp", ("on_hold", False, F, []),
        TCF, ME, "RE:[CASE %s] %s" % (F, SUBJ),
        "竹田 様\n\nアカウント #2 はパートナーセントラル経由で作成されており、AWS パートナーネットワーク (APN) の組織に関連付けられていることが判明いたしました。\nそのため、現在 APN 担当チームの確認を待っており、統合処理を一時保留としております。\n\n現時点でお客様にご対応いただくことはございません。進展があり次第ご連絡いたします。\n\n山口\n",
        charset="shift_jis", cte="base64", auth=GA(), key="f_hold1", minutes=24*60)
    msg("apn-ask-jp", ("on_hold", True, F, []),
        TCF, ME, "RE:[CASE %s] %s" % (F, SUBJ),
        "竹田 様\n\nAPN 担当チームより回答がございました。統合は引き続き保留中ですが、先方から1点確認を求められております。\n\nアカウント #2 が関連付けられているパートナー企業(株式会社ミナトデータ)に、現在も在籍されていらっしゃいますでしょうか。ご退職済みの場合は、おおよその退職時期をお知らせいただけますと幸いです。\n\nお手数をおかけいたしますが、ご回答のほどよろしくお願いいたします。\n\n山口\n",
        charset="shift_jis", cte="8bit", auth=GA(), key="f_hold2", minutes=2*24*60, crlf=True)
    msg("left-long-ago-jp", ("user_reply", False, F, []),
        ME_FROM, "Amazon Web Services <%s>" % TC, "Re: RE:[CASE %s] %s" % (F, SUBJ),
        "山口様\n\nミナトデータは2019年9月に退職しており、現在は在籍しておりません。\n\n竹田\n\n2025年4月2日(水) 15:40 Amazon Web Services <%s>:\n> 現在も在籍されていらっしゃいますでしょうか。\n" % TC,
        charset="iso-2022-jp", cte="7bit", domain="mail.gmail.com", key="f_r2", irt="f_hold2", minutes=60)
    msg("done-jp", ("resolved", False, F, ["AWS05520941"]),
        TCF, ME, "RE:[CASE %s] %s" % (F, SUBJ),
        "竹田 様\n\nお待たせいたしました。アカウントの統合が完了いたしました。今後は AWS05520941 のアカウントをご利用ください。\n\n新しいアカウントで試験履歴と取得済み認定をご確認ください。万一不足がございましたら、本メールにご返信ください。\n\n本ケースはこれにて解決とさせていただきます。\n\n山口\n\n----- 以前のメッセージ -----\n> アカウント #2 が関連付けられているパートナー企業に、現在も在籍されていらっしゃいますでしょうか。\n> 統合先としてアカウント #1 を残すということでお間違いないか、ご確認いただけますでしょうか。\n",
        charset="utf-8", cte="quoted-printable", auth=GA(), key="f_res", irt="f_r2", minutes=20*60)
    msg("survey-jp", ("survey", False, F, []),
        "Amazon Web Services <aws-cs-survey@amazon.com>", ME, "サポートに関するアンケートのお願い(ケース %s)" % F,
        "竹田 様\n\n先日解決したケース %s について、サポートの対応を評価していただけますでしょうか。所要時間は1分程度です。\n\nアンケートに回答する: https://survey.aws.amazon.com/tc?case=%s&lang=ja\n\nこのメールは送信専用です。\n" % (F, F),
        charset="utf-8", cte="8bit", auth=GA(), minutes=4*60)
    msg("badge-updated", ("badge", False, None, []),
        "Acclaim <admin@youracclaim.com>", ME, "Your AWS Certified Cloud Practitioner badge has been updated",
        "Hi Sora,\n\nAmazon Web Services Training and Certification updated the badge AWS Certified Cloud Practitioner that you earned. The badge is now linked to your current certification account.\n\nView badge: https://www.youracclaim.com/badges/0d9f3b12-7c1e-4e2a-bb17-9e0a14c3f771\n",
        auth=auth_gmail("youracclaim.com"), domain="youracclaim.com", minutes=90)
    msg("expiry-notice-jp", ("certification", False, None, ["AWS05520941"]),
        "AWS Certification <do-not-reply@certmetrics.com>", ME, "AWS 認定の有効期限が近づいています",
        "竹田 空 様\n\nお持ちの AWS Certified Cloud Practitioner は90日後に有効期限を迎えます。\n認定を維持するには、期限までに再認定試験を受験してください。\n\n候補 ID: AWS05520941\n\nAWS 認定\n",
        charset="utf-8", cte="base64", auth=auth_gmail("certmetrics.com"), domain="certmetrics.com", minutes=24*60)
    msg("urgent-verify-jp", ("suspicious", False, None, []),
        "AWS認定サポート <info@aws-nintei-support.jp>", ME, "【重要】AWS認定アカウント統合の最終確認",
        "お客様\n\nAWS認定アカウントの統合手続きが保留されています。\n48時間以内に以下のリンクからログインし、統合先アカウントをご確認ください。期限を過ぎると認定が失効します。\n\nhttps://aws-nintei-support.jp/confirm\n\nAWS トレーニングと認定\n",
        charset="iso-2022-jp", cte="7bit", auth=auth_gmail("aws-nintei-support.jp"), domain="aws-nintei-support.jp", minutes=300)
    msg("hr-exit-jp", ("unrelated", False, None, []),
        "人事部 <jinji@kirinoha-tech.co.jp>", CO, "退職手続きのご案内",
        "竹田さん\n\n退職に伴う手続きについてご案内します。\n貸与PCの返却日と、源泉徴収票の送付先住所をこのメールにご返信ください。\n\n人事部\n",
        charset="iso-2022-jp", cte="7bit", auth=auth_o365("kirinoha-tech.co.jp"), domain="kirinoha-tech.co.jp", minutes=30)

    # ---- Case H (11-digit, voucher) ----
    html57 = ("<html><body><p>Your inquiry has been logged.</p>"
        "<table border=\"1\" cellpadding=\"3\"><tr><td>Case ID</td><td>%s</td></tr>"
        "<tr><td>Subject</td><td>Benefit voucher not visible after account merge</td></tr>"
        "<tr><td>Status</td><td>Pending Amazon Action</td></tr>"
        "<tr><td>Opened</td><td>2025-04-07 08:14 UTC</td></tr></table>"
        "<p>An agent will pick this up shortly. There is no need to submit the form again.</p>"
        "<p style=\"color:#888\">AWS Training and Certification</p></body></html>") % H
    msg("inquiry-logged", ("acknowledgement", False, H, []),
        TCF, ME, "RE:[CASE %s] %s" % (H, SUBJ), None, html=html57, html_only=True, cte="base64",
        auth=GA(), key="h_ack", minutes=2*24*60)
    html58 = ("<html><body><p>Hi Sora,</p>"
        "<p>One thing before I can move the voucher: the new account shows the name as <b>S Takeda</b>, while the voucher was issued to <b>Sora Takeda</b>. "
        "Is Sora Takeda the legal name that should be on the account? A one-line reply with the exact spelling is enough.</p>"
        "<p>Thanks,<br>Chen<br>AWS Training and Certification</p>"
        "<div style=\"border-top:1px solid #ccc\"><p><b>From:</b> Amazon Web Services<br><b>Sent:</b> Monday, April 7, 2025<br><b>Subject:</b> RE:[CASE %s]</p>"
        "<blockquote><p>Your inquiry has been logged.</p><p>Case ID %s / Status Pending Amazon Action</p><p>There is no need to submit the form again.</p></blockquote>"
        "<blockquote><p>Sora Takeda wrote: After my accounts were merged under case %s, the 50%% discount voucher does not show under Benefits. Please check.</p></blockquote></div>"
        "</body></html>") % (H, H, A)
    msg("name-spelling", ("info_request", True, H, []),
        TCF, ME, "RE:[CASE %s] %s" % (H, SUBJ),
        "Hi Sora,\n\nOne thing before I can move the voucher: the new account shows the name as S Takeda, while the voucher was issued to Sora Takeda. Is Sora Takeda the legal name that should be on the account? A one-line reply with the exact spelling is enough.\n\nThanks,\nChen\n",
        html=html58, cte="quoted-printable", auth=GA(), key="h_info1", irt="h_ack", minutes=7*60)
    msg("subscription-receipt", ("unrelated", False, None, []),
        "AWS Skill Builder <no-reply@aws.training>", ME, "Your AWS Skill Builder receipt",
        "Thank you for your purchase.\n\nOrder: SB-2025-0410-77812\nAWS Skill Builder Individual subscription (monthly): $29.00\n\nManage your subscription at https://skillbuilder.aws/subscriptions\n",
        auth=auth_gmail("aws.training"), domain="aws.training", minutes=90)
    msg("name-answer", ("user_reply", False, H, []),
        ME_FROM, "Amazon Web Services <%s>" % TC, "Re: RE:[CASE %s] %s" % (H, SUBJ),
        "Hi Chen,\n\nYes, the legal name is Sora Takeda (given name Sora, family name Takeda).\n\nBest,\nSora\n\n2025年4月7日(月) 17:20 Amazon Web Services <%s>:\n\n> Is Sora Takeda the legal name that should be on the account? A one-line reply with the exact spelling is enough.\n" % TC,
        domain="mail.gmail.com", key="h_r1", irt="h_info1", minutes=45)
    msg("voucher-in-progress", ("case_update", False, H, []),
        TCF, ME, "RE:[CASE %s] %s" % (H, SUBJ),
        "Hi Sora,\n\nThanks. I've corrected the name and submitted the voucher transfer. It can take up to 48 hours before it appears under Benefits. I'm keeping the case open and will check on it myself.\n\nChen\n",
        auth=GA(), key="h_upd", minutes=3*60)
    msg("voucher-visible", ("info_request", True, H, []),
        TCF, ME, "RE:[CASE %s] %s" % (H, SUBJ),
        "<html><body><p>Hi Sora,</p><p>The voucher transfer went through on our side and the 50% discount should now be listed under Benefits on your account.</p><p>Can you see it there now? I'd like to hear back before I close the case.</p><p>Chen</p></body></html>",
        html="<html><body><p>Hi Sora,</p><p>The voucher transfer went through on our side and the 50% discount should now be listed under Benefits on your account.</p><p>Can you see it there now? I'd like to hear back before I close the case.</p><p>Chen</p></body></html>",
        html_only=True, cte="7bit", auth=GA(), key="h_info2", minutes=2*24*60)
    msg("closed-heads-up", ("closing_notice", True, H, []),
        TCF, ME, "RE:[CASE %s] %s" % (H, SUBJ),
        "Hi Sora,\n\nA quick heads-up: since we didn't hear back about the voucher, I've gone ahead and closed this case for now. No harm done, just answer this email within the next 14 days and it will reopen with me.\n\nChen\nAWS Training and Certification\n",
        auth=GA(), key="h_close", minutes=4*24*60)
    msg("voucher-seen", ("user_reply", False, H, []),
        ME_FROM, "Amazon Web Services <%s>" % TC, "Re: RE:[CASE %s] %s" % (H, SUBJ),
        "Hi Chen, sorry for the silence. Yes, the voucher is there now. Fine to close.\n\nSora\n",
        domain="mail.gmail.com", key="h_r2", irt="h_close", minutes=300)
    msg("voucher-wrapup", ("resolved", False, H, []),
        TCF, ME, "RE:[CASE %s] %s" % (H, SUBJ),
        "Glad it's sorted, Sora. I'm closing the case now.\n\nChen\n\nWe'd love your feedback: reply with a number from 1 to 5, or rate us at https://survey.aws.amazon.com/tc?case=%s\n" % H,
        auth=GA(), irt="h_r2", minutes=60)
    msg("rate-case-h", ("survey", False, H, []),
        "Amazon Web Services <aws-cs-survey@amazon.com>", ME, "How was your support experience? (Case %s)" % H,
        "Hi,\n\nPlease rate the support you received on case %s. Your feedback helps us improve.\n\n[Very satisfied] [Satisfied] [Neutral] [Dissatisfied]\n\nhttps://survey.aws.amazon.com/tc?case=%s\n" % (H, H),
        auth=GA(), minutes=24*60, crlf=True)
    msg("root-signin", ("unrelated", False, None, []),
        "Amazon Web Services <no-reply-aws@amazon.com>", ME, "AWS Notification - Root user sign-in [AWS ID 482910337615]",
        "Hello,\n\nThe root user of AWS account 482910337615 signed in to the AWS Management Console from a new device.\n\nIf this was you, no further action is required. If not, please reset your password immediately and contact AWS Support.\n\nAmazon Web Services\n",
        auth=GA(), minutes=600)
    msg("claim-badge-reminder", ("badge", False, None, []),
        "Credly <admin@credly.com>", ME, "Reminder: your AWS Certified Developer - Associate badge is waiting",
        "Hi Sora,\n\nYou haven't accepted your badge yet. Please accept it so you can share your achievement.\n\nAccept badge: https://www.credly.com/badges/a7d0e4c1-2f8b-4c58-9d31-5b6e2c0f9a12/accept\n",
        auth=auth_gmail("credly.com"), domain="credly.com", minutes=24*60)
    msg("benefit-available", ("certification", False, None, ["AWS05520941"]),
        "AWS Certification <do-not-reply@certmetrics.com>", ME, "Your AWS Certification benefits are ready",
        "Hello Sora,\n\nA 50% discount voucher for your next AWS Certification exam is available in your Certification Account under Benefits. Vouchers expire if unused.\n\nCandidate ID: AWS05520941\n\nAWS Certification\n",
        auth=auth_gmail("certmetrics.com"), domain="certmetrics.com", minutes=300)
    msg("atlassian-closed", ("unrelated", False, None, []),
        "Atlassian Support <support@atlassian.com>", ME, "[CASE 00381274] Your request has been closed",
        "Hi Sora,\n\nWe haven't heard back from you, so we've closed this request. If you still need help, reply to this email and we'll reopen it.\n\nAtlassian Support\n",
        auth=auth_gmail("atlassian.com"), domain="atlassian.com", minutes=400)
    msg("badge-revoke-scare", ("suspicious", False, None, []),
        "Credly Team <no-reply@credly-badge-notify.com>", ME, "Your AWS badges will be revoked",
        "Hello,\n\nAfter your recent AWS Training and Certification account merge, your badges must be re-verified. Confirm your login within 24 hours or they will be revoked:\n\nhttps://credly-badge-notify.com/verify\n",
        auth=auth_gmail("credly-badge-notify.com"), domain="credly-badge-notify.com", minutes=200)
    msg("pr-merged-personal", ("unrelated", False, None, []),
        "Sora Takeda <notifications@github.com>", ME, "Re: [soratakeda/dotfiles] Merge accounts config into one profile (#91)",
        "Merged #91 into main.\n\n@dependabot please confirm nothing else references the old profile.\n\n--\nReply to this email directly or view it on GitHub.\n",
        auth=auth_gmail("github.com"), domain="github.com", minutes=100)
    msg("skillbuilder-nudge", ("unrelated", False, None, []),
        "AWS Training and Certification <no-reply@aws.training>", ME, "Can you finish your course this week?",
        "Hi Sora,\n\nYou're 60% through 'Exam Prep: AWS Certified Developer - Associate'. Could you set aside 30 minutes this week to finish it? Pick up where you left off: https://skillbuilder.aws/\n",
        auth=auth_gmail("aws.training"), domain="aws.training", minutes=500)

if __name__ == "__main__":
    for f in os.listdir(OUT):
        if f.endswith((".eml", ".json")):
            os.remove(os.path.join(OUT, f))
    gen()
    print("wrote", _n[0], "messages")
