from gen_common import *

A_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A

HOLD_A_TXT = """Hi Ryota,

Thanks for the details in your request. I've started looking at the two
certification accounts you listed.

The account registered to %s is associated with an AWS Partner
Network (APN) organization, Hoshizora Systems Co., Ltd. Certification
accounts that count toward a partner's tier can't be merged into a personal
account while that association is active: either the partner releases it,
or we record that you are separating from the company. I have put the case
on hold and asked our partner team to look at the association.

To help us choose the quicker route, are you still employed by Hoshizora
Systems today, and if you are leaving, on what date? It would also help to
know whether the company address will still receive mail after that date.

The case will stay on hold until we hear back from the partner team.

Regards,
Mariana
AWS Training and Certification Customer Support
""" % ME_C


CLOSE_A_TXT = """Hi Ryota,

I wanted to check in on case %s. We asked you a few days ago about your
employment status with Hoshizora Systems, which decides how we handle the
partner association on your old certification account.

As we haven't heard from you yet, I'll assume for now that this is no longer
something you need and will set the case aside at the end of this week
(Friday, March 28). If the merge is still on your list, just answer this
e-mail before then and the case stays open with me.

Kind regards,
Mariana
AWS Training and Certification Customer Support
""" % CASE_A


def run():
    # 008 case A on hold for APN partner, with a buried question
    body = multi("alternative", [
        part(HOLD_A_TXT),
        html("<div>" + HOLD_A_TXT.replace("\n\n", "</p><p>").replace("\n", " ").join(["<p>", "</p>"]) + "</div>")],
        "----=_Part_40116_1102553331.1742275860111")
    raw = build(TC_FROM, ME_P, A_SUBJ, d(2025, 3, 18, 5, 31, 0), body, M("a-hold1"),
                irt=M("a-ack"), refs=M("a-ack"), auth=auth_gmail("amazon.com"))
    add(raw, "on_hold", True, CASE_A, [],
        "Partner (APN) hold; the question about employment status and last day is buried between hold statements -> the owner must answer.")

    # 009 AWS billing statement (same sender as console cases)
    body = part("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $3.82

You can see a complete break down of all charges on the Billing page located here:
https://console.aws.amazon.com/billing/home#/bill

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", cte="7bit")
    raw = build(CONSOLE, ME_P, "Amazon Web Services Billing Statement Available [Account: 483920115627]",
                d(2025, 3, 18, 12, 3, 44), body, M("bill1"), auth=auth_gmail("amazon.com"))
    add(raw, "unrelated", False, None, [], "Billing from no-reply-aws@amazon.com (the console-case sender); 12-digit account ID is not a case.")

    # 010 colleague farewell party (Japanese, UTF-8 base64)
    body = part("""桑原さん

お疲れさまです、佐藤です。
3/28(金)19:00から、新宿で桑原さんの送別会を開きます。
場所は後ほど共有しますが、出欠だけ今週中に返信もらえると助かります。

佐藤
""", cte="base64")
    raw = build(addr("佐藤 美咲", "m-sato@hoshizora-sys.co.jp"), addr(ME_NAME, ME_C), "送別会のご案内(3/28)",
                d(2025, 3, 19, 13, 44, tz=JST), body, M("sato1", "hoshizora-sys.co.jp"))
    add(raw, "unrelated", False, None, [], "Colleague asks for a reply, but it is not support: needs_reply stays false.")

    # 011 phishing from a lookalike domain
    h = """<html><body style="font-family:Arial">
<img src="https://aws-certification-helpdesk.com/static/aws-logo.png" alt="aws"><br>
<p>Dear Candidate,</p>
<p>Your AWS Certification account merge request (Case 1742200019) cannot be completed until your identity is verified.
Sign in with your AWS Builder ID password on the secure verification page within <b>48 hours</b>, or your certifications will be suspended.</p>
<p><a href="https://aws-certification-helpdesk.com/verify?c=1742200019">Verify my account</a></p>
<p>Alternatively, reply to this message with your candidate ID, date of birth and password.</p>
<p>AWS Training &amp; Certification Security Team</p></body></html>"""
    raw = build("AWS Certification Support <support@aws-certification-helpdesk.com>", ME_P,
                "Action required: verify your identity to finish your account merge", d(2025, 3, 20, 22, 17, 5),
                html(h, cte="base64"), M("phish1", "aws-certification-helpdesk.com"),
                auth="mx.google.com;\n       dkim=pass header.i=@aws-certification-helpdesk.com header.s=default;\n       spf=pass smtp.mailfrom=support@aws-certification-helpdesk.com;\n       dmarc=pass (p=NONE) header.from=aws-certification-helpdesk.com")
    add(raw, "suspicious", False, None, [], "Lookalike domain that passes its own DMARC; demands a reply with password; fake 10-digit case number.")

    # 012 automatic reminder that looks like the receipt (status table)
    h = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>This is an automated reminder about your AWS Training and Certification case.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Case ID</th><td>%s</td></tr>
<tr><th align="left">Status</th><td>Pending customer action</td></tr>
<tr><th align="left">Last update from support</th><td>2025-03-18 05:31 UTC</td></tr>
</table>
<p>Our agent's last message is waiting for your answer. Reply to this e-mail and your response will be attached to the case.</p>
<p>AWS Training and Certification Customer Support</p></body></html>""" % CASE_A
    raw = build(TC_FROM, ME_P, A_SUBJ, d(2025, 3, 21, 8, 0, 2), html(h), M("a-rem1"),
                irt=M("a-hold1"), refs=M("a-ack") + " " + M("a-hold1"), auth=auth_gmail("amazon.com"))
    add(raw, "info_request", True, CASE_A, [],
        "Automatic reminder with the same status-table layout as the receipt; status 'Pending customer action' and 'waiting for your answer' make it a live request. No closing threat, so not closing_notice.")

    # 013 Pearson VUE appointment confirmation
    body = part("""Dear Ryota Kuwabara,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Registration ID: 472918305
Date: Tuesday, March 25, 2025, 10:00 AM JST
Location: Pearson VUE Test Center, Shinjuku, Tokyo

Please arrive 30 minutes early and bring two valid forms of ID.

Pearson VUE
""", cte="quoted-printable")
    raw = build("Pearson VUE <pearsonvuecustomerservice@pearson.com>", ME_C,
                "Pearson VUE Confirmation of Booking", d(2025, 3, 21, 9, 5, 0), body, M("pv1", "pearson.com"),
                auth=auth_m365("pearson.com"), auth_host="m365")
    add(raw, "unrelated", False, None, [], "Exam vendor booking with a 9-digit registration ID.")

    # 014 soft closing notice
    body = part(CLOSE_A_TXT)
    raw = build(TC_FROM, ME_P, A_SUBJ, d(2025, 3, 24, 1, 2, 10), body, M("a-close1"),
                irt=M("a-hold1"), refs=M("a-ack") + " " + M("a-hold1"), auth=auth_gmail("amazon.com"))
    add(raw, "closing_notice", True, CASE_A, [],
        "Soft closing wording ('set the case aside', 'assume this is no longer something you need'); no word 'close'.")

    # 015 owner answers (Gmail quoting)
    txt = """Hi Mariana,

Sorry for the slow reply. Yes, I am still with Hoshizora Systems until
March 31, which is my last working day. The company mailbox (%s)
will be shut down that evening, so please use this address only.

Please go ahead with the merge into my personal account.

Best regards,
Ryota Kuwabara

On Mon, Mar 24, 2025 at 10:02 AM AWS Training and Certification <%s> wrote:
%s
""" % (ME_C, TC, quote(CLOSE_A_TXT))
    raw = build(addr(ME_NAME, ME_P), TC_FROM, A_SUBJ, d(2025, 3, 24, 18, 12, 30, JST), part(txt),
                M("u-a1", "mail.gmail.com"), irt=M("a-close1"), refs=M("a-ack") + " " + M("a-hold1") + " " + M("a-close1"))
    add(raw, "user_reply", False, CASE_A, [], "Owner's answer to the buried question.")

    # 016 automatic receipt of the owner's reply
    body = part("""Hello,

We have received your reply to case %s and added it to the case.

Current status: Pending Amazon action
Assigned team: Certification Customer Support

You will hear from us by e-mail; there is no need to send the same message again.

AWS Training and Certification
""" % CASE_A, cte="7bit")
    raw = build(TC_FROM, ME_P, "[CASE %s] Your reply has been received" % CASE_A, d(2025, 3, 24, 9, 13, 1),
                body, M("a-rcpt2"), irt=M("u-a1", "mail.gmail.com"), refs=M("a-ack") + " " + M("u-a1", "mail.gmail.com"),
                auth=auth_gmail("amazon.com"))
    add(raw, "acknowledgement", False, CASE_A, [],
        "Receipt for the owner's reply (not for a new case), with a status line; labelled acknowledgement rather than case_update because its only news is 'received'.")

    # 017 Pearson VUE post-exam
    body = part("""Dear Ryota Kuwabara,

Thank you for testing with Pearson VUE today. Your exam results will be
delivered by the exam sponsor, usually within 5 business days. Pearson VUE
cannot release sponsor results.

Registration ID: 472918305
""", cte="7bit")
    raw = build("Pearson VUE <no-reply@pearsonvue.com>", ME_C, "Thank you for testing with Pearson VUE",
                d(2025, 3, 25, 4, 40, 0), body, M("pv2", "pearsonvue.com"), auth=auth_m365("pearsonvue.com"), auth_host="m365")
    add(raw, "unrelated", False, None, [], "Exam vendor mail about results; not a case.")
