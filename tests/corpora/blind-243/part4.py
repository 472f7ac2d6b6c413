"""Messages 037-055: merge done, console case, Credly follow-up."""
from part1 import *
from part3 import ACCT_TXT


def run():
    # 037 ------------------------------------------------------------ Ribbonfish closed
    d = when("2025-02-27 08:00")
    add("rf-closed", "unrelated", False, None, [],
        "Other vendor 'case closed, reply within 7 days to reopen' (looks like a closing notice)",
        addr("Ribbonfish Support", "support@ribbonfish.io"), ME_C, "[Ribbonfish] Case CS-0048812 has been closed", d,
        text("""Hi Kenta,

We haven't heard back about the agent logs, so we've closed case CS-0048812. If the problem comes back, reply to this email within 7 days and the case will reopen automatically.

Ribbonfish Support
ref:_00D5g0RfB._5004x0CS48812:ref
""", "utf-8", "7bit"),
        idd="ribbonfish.io", parent="rf-ask",
        **inbound(False, "ribbonfish.io", "support@ribbonfish.io", "mail-yw1-f170.mailgun.example.net", "209.85.128.170", d))

    # 038 ------------------------------------------------------------ C1 resolved
    d = when("2025-02-28 02:26")
    add("c1-done", "resolved", False, C1, [],
        "C1 resolved: 'successfully merged'; optional offer ('if you'd like... just let me know'); mentions an old 10-digit case (not this mail's case); full confirmation request quoted below",
        TC_FROM, ME_P, "RE:" + C1_SUBJ, d,
        text("""Hi Kenta,

I have successfully merged all accounts. Your exam history, certifications and benefits now sit under Account #1 (kenta.morioka@hoshizora-mail.jp), and Account #2 has been deactivated.

While checking, I also noticed an older case, 7719034562 from 2021, on the company profile. It was closed long ago and doesn't need anything from you.

If you'd like us to keep your old company address on file as a secondary notification address, just let me know. Otherwise there is nothing else to do on your side.

Regards,
Marco D.
AWS Training and Certification Customer Service
""" + TC_SIG + "\n\n" + orig_hdr("Kenta Morioka [" + ME_P + "]", "2/25/2025 3:48 AM", TC_FORM, "Re: RE:" + C1_SUBJ) + """
Confirming from my personal address: both accounts are mine, please merge into Account #1.

""" + orig_hdr(TC_NAME + " [" + TC_FORM + "]", "2/19/2025 3:58 AM", ME_P, "RE:" + C1_SUBJ) + """
Hi Kenta,
As promised, here are the two certification accounts I found for you:

""" + ACCT_TXT + """

Please reply to confirm that both accounts are yours and that Account #1 is the one we should keep.
""", "utf-8", "quoted-printable"),
        parent="c1-rep-ok", **aws_in("c1-done", d))

    # 039 ------------------------------------------------------------ Credly issued
    d = when("2025-02-28 02:51")
    add("credly-1", "badge", False, None, [],
        "Credly 'you've been issued a badge' right after the merge",
        addr("Credly", CREDLY), ME_P, "Amazon Web Services Training and Certification issued you a new badge", d,
        alt(text("""Congratulations, Kenta!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on your website:
https://www.credly.com/badges/6f1d2c7a-93e4-4b0e-a5f1-2c8d7e01b4aa

Credly, Inc.
""", "utf-8", "7bit"),
            html("""<div style="font-family:Helvetica"><h2>Congratulations, Kenta!</h2><p>Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Solutions Architect &ndash; Associate</b>.</p><p><a href="https://www.credly.com/badges/6f1d2c7a-93e4-4b0e-a5f1-2c8d7e01b4aa">Accept badge</a></p></div>""", "utf-8", "7bit")),
        idd="credly.com",
        **inbound(True, "credly.com", "bounces+2281@em.credly.com", "o1.em.credly.com", "149.72.140.18", d))

    # 040 ------------------------------------------------------------ C1 survey
    d = when("2025-02-28 19:12")
    add("c1-survey", "survey", False, C1, [],
        "Satisfaction survey for C1 (plain text)",
        addr(TC_NAME, "aws-tc-feedback@amazon.com"), ME_P, "Tell us about your experience with case %s" % C1, d,
        text("""Hello Kenta,

Your recent case %s with AWS Training and Certification has been resolved. We'd value two minutes of your time to rate the help you received:

https://feedback.aws.training/s/tc?c=%s

This message was sent from an unmonitored address.
""" % (C1, C1), "utf-8", "7bit"),
        **aws_in("c1-survey", d))

    # 041 ------------------------------------------------------------ spoof with dmarc=fail
    d = when("2025-03-01 11:09")
    fake = "173940551290017"
    add("phish-spoof", "suspicious", False, None, [],
        "Looks exactly like T&C case mail (From aws-cs-trainingcertification-form@amazon.com, [CASE] subject) but dkim/spf/dmarc fail; credential phishing",
        TC_FROM, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % fake, d,
        html("""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your account merge request could not be completed because your AWS Builder ID could not be verified.</p>
<p>To prevent permanent loss of your certification records, please <a href="http://aws-training-verify.top/builderid/login">sign in and re-verify your Builder ID</a> within 24 hours, or reply to this e-mail with your candidate ID and date of birth.</p>
<p>AWS Training and Certification Customer Service</p>
</body></html>""", "utf-8", "quoted-printable"),
        idd="mail-relay.tc-notify.top",
        **inbound(True, "amazon.com", "bounce@mail-relay.tc-notify.top", "mail-relay.tc-notify.top", "45.137.21.9", d,
                  dkim="fail", spf="fail", dmarc="fail", policy="QUARANTINE"))

    # 042 ------------------------------------------------------------ free tier
    d = when("2025-03-03 00:20")
    add("freetier", "unrelated", False, None, [],
        "AWS Free Tier usage alert (AWS mail, 12-digit account ID)",
        addr("AWS Free Tier", "freetier@costalerts.amazonaws.com"), ME_P, "AWS Free Tier limit alert", d,
        text("""Hello,

Your AWS account 440211873390 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of March.

Product: AmazonEC2  Usage: 640.0 Hrs  Limit: 750 Hrs  (EC2 instance hours)

To learn more about your usage, open the Billing and Cost Management console.

Amazon Web Services
""", "utf-8", "7bit"),
        **inbound(True, "costalerts.amazonaws.com", "0100ft@us-east-1.amazonses.com", "a8-40.smtp-out.amazonses.com", "54.240.8.40", d))

    # 043 ------------------------------------------------------------ owner writes back on resolved C1
    d = when("2025-03-03 08:55", JST)
    add("c1-badges", "user_reply", False, C1, [],
        "Owner writes back on the resolved C1 thread about missing Credly badges (this reopens the case)",
        ME_FROM_P, TC_FORM, "Re: RE:" + C1_SUBJ, d,
        text("""Hi Marco,

Thanks a lot, Exam History and Benefits look right.

One thing: on Credly I only see Solutions Architect - Associate. Developer - Associate and Cloud Practitioner, which I earned on the company account, are missing. Could someone take a look?

Kenta

On Fri, 28 Feb 2025 at 11:26, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Kenta,
>
> I have successfully merged all accounts. Your exam history, certifications and benefits now sit under Account #1 (kenta.morioka@hoshizora-mail.jp), and Account #2 has been deactivated.
""", "utf-8", "quoted-printable"),
        idd="gmail", parent="c1-done", extra=[("User-Agent", "Hoshizora Webmail 5.2")])

    # 044 ------------------------------------------------------------ C3 console ack
    d = when("2025-03-03 01:02")
    add("c3-ack", "acknowledgement", False, C3, [],
        "Console case C3 opened (no-reply-aws@amazon.com, 11-digit ID, displayId link, 'cannot accept incoming e-mails')",
        CON_FROM, ME_P, "Amazon Web Services: New Support case: %s" % C3, d,
        text("""Dear Customer,

We have received your case %s: %s.

Case details
  Service: Training and Certification
  Category: Certification benefits
  Severity: General guidance

A member of our team will respond as soon as possible.
""" % (C3, C3_TOPIC) + CON_FOOT % C3, "utf-8", "7bit"),
        **aws_in("c3-ack", d))

    # 045 ------------------------------------------------------------ C1 reopened
    d = when("2025-03-04 01:40")
    add("c1-reopen", "case_update", False, C1, [],
        "C1 reopened and passed to the badging team; 'I'll update you' (no ask)",
        TC_FROM, ME_P, "RE:" + C1_SUBJ, d,
        text("""Hello Kenta,

I'm Farah and I'll be looking after your case from here. I've reopened it and asked our badging team to check why Developer - Associate and Cloud Practitioner didn't follow the merge to Credly.

These checks can take a few days. I'll update you as soon as I hear back.

Kind regards,
Farah N.
AWS Training and Certification Customer Service
""" + TC_SIG, "utf-8", "quoted-printable"),
        parent="c1-badges", **aws_in("c1-reopen", d))

    # 046 ------------------------------------------------------------ C3 console info request
    d = when("2025-03-04 06:18")
    add("c3-ask", "info_request", True, C3, [],
        "Console C3: soft ask ('It'd be helpful to see a screenshot... and to know which exam'); must be answered in the Support Center, not by e-mail; rating footer",
        CON_FROM, ME_P, "RE:[CASE %s] %s" % (C3, C3_TOPIC), d,
        text("""Hello,

Thank you for contacting AWS Training and Certification. My name is Daniel and I'll be working on your case.

After an account merge, benefits normally move to the account that is kept. Occasionally, though, a discount that was issued to the old account isn't re-associated, and it then has to be reissued by hand.

It'd be helpful to see a screenshot of the Benefits page on your merged account, and to know which exam you're planning to use the discount for, so I can ask for the right voucher.

Best regards,
Daniel K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
""" + CON_FOOT % C3, "utf-8", "7bit"),
        parent="c3-ack", **aws_in("c3-ask", d))

    # 047 ------------------------------------------------------------ owner answers by e-mail (wrong channel)
    d = when("2025-03-04 19:30", JST)
    png = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f6d6b10000000049454e44ae426082")
    import base64 as _b
    add("c3-mailrep", "user_reply", False, C3, [],
        "Owner answers the console case by e-mail to the no-reply address, with a PNG attachment (will bounce)",
        ME_FROM_P, CONSOLE, "Re: RE:[CASE %s] %s" % (C3, C3_TOPIC), d,
        mixed(text("""Hi Daniel,

Screenshot of the Benefits page attached - it's empty. I want to use the discount for DOP-C02 (DevOps Engineer - Professional), probably in April.

Thanks,
Kenta Morioka
""", "utf-8", "7bit"),
              raw_part("image/png; name=\"benefits.png\"", _b.encodebytes(png),
                       ["Content-Transfer-Encoding: base64", "Content-Disposition: attachment; filename=\"benefits.png\""])),
        idd="gmail", parent="c3-ask", extra=[("User-Agent", "Hoshizora Webmail 5.2")])

    # 048 ------------------------------------------------------------ bounce
    d = when("2025-03-04 10:31")
    dsn = """Reporting-MTA: dns; mx1.hoshizora-mail.jp
Arrival-Date: %s

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Mailbox does not exist
""" % d
    add("bounce-c3", "unrelated", False, None, [],
        "Bounce (multipart/report) of the owner's e-mail to the console no-reply address; not support writing, so unrelated even though it shows the answer never arrived",
        addr("Mail Delivery System", "MAILER-DAEMON@hoshizora-mail.jp"), ME_P, "Undelivered Mail Returned to Sender", d,
        ("multi", "report", [
            text("""This is the mail system at host mx1.hoshizora-mail.jp.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<no-reply-aws@amazon.com>: host amazon-smtp.amazon.com said: 550 5.1.1 Mailbox does not exist (in reply to RCPT TO command)
""", "us-ascii", "7bit"),
            raw_part("message/delivery-status", dsn.encode()),
            raw_part("text/rfc822-headers", ("From: Kenta Morioka <%s>\nTo: %s\nSubject: Re: RE:[CASE %s] %s\nMessage-ID: %s\n" % (ME_P, CONSOLE, C3, C3_TOPIC, IDS["c3-mailrep"])).encode()),
        ], " report-type=delivery-status;"),
        idd="hoshizora-mail.jp", extra=[("Auto-Submitted", "auto-replied")])

    # 049 ------------------------------------------------------------ colleague gift
    d = when("2025-03-05 17:45", JST)
    add("gift", "unrelated", False, None, [],
        "Colleague mail about the farewell (Japanese), no request",
        addr("佐野 由佳", "sano.yuka@tanuki-sysworks.co.jp"), addr("森岡 健太", ME_C), subj("Re: 送別会の日程について"), d,
        text("""森岡さん

お返事ありがとうございます！3/12(水) 19時で確定しました。
場所は追って連絡します。当日は手ぶらで来てくださいね。

佐野
""", "utf-8", "quoted-printable"),
        idd="tanuki-sysworks.co.jp", parent="party-1",
        **inbound(False, "tanuki-sysworks.co.jp", "sano.yuka@tanuki-sysworks.co.jp", "mail-internal.tanuki-sysworks.co.jp", "10.20.4.11", d))

    # 050 ------------------------------------------------------------ C3 closing notice
    d = when("2025-03-06 06:30")
    add("c3-close", "closing_notice", True, C3, [],
        "Console C3: no answer in Support Center (the e-mail bounced); case will auto-resolve in 3 days; respond via the console link",
        CON_FROM, ME_P, "RE:[CASE %s] %s" % (C3, C3_TOPIC), d,
        text("""Hello,

We haven't heard back from you on case %s. If we don't receive a response within the next 3 days, the case will be resolved automatically.

You can respond at any time through the AWS Support Center using the link below.

Amazon Web Services
""" % C3 + CON_FOOT % C3, "utf-8", "7bit"),
        parent="c3-ask", **aws_in("c3-close", d))

    # 052 ------------------------------------------------------------ C3 console update
    d = when("2025-03-07 02:14")
    add("c3-upd", "case_update", False, C3, [],
        "Console C3: owner answered in the Support Center; passed to the benefits team; rating footer and 'to respond, use the link' boilerplate but no ask",
        CON_FROM, ME_P, "RE:[CASE %s] %s" % (C3, C3_TOPIC), d,
        text("""Hello Kenta,

Thank you for the screenshot and the details you added in the Support Center. I've passed them to the Certification Benefits team, who can reissue the 50% discount to your merged account. They'll post their update directly on this case.

Best regards,
Daniel K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
""" + CON_FOOT % C3, "utf-8", "7bit"),
        parent="c3-close", **aws_in("c3-upd", d))

    # 053 ------------------------------------------------------------ C1 long report, buried ask
    d = when("2025-03-10 03:37")
    rep = """Hello Kenta,

Here's where things stand with your badges:

1. The badging team confirmed that the merge itself finished correctly on 28 February. All three certifications are on your account.
2. Credly issues badges to whichever e-mail address its records hold for you. Your Solutions Architect - Associate badge was re-issued after the merge and went to your personal address, which is why you can see it.
3. The other two badges were originally accepted on a Credly profile that signs in with a different e-mail, so they stayed there. They were issued under AWS03817265.
4. Credly can move badges between profiles, but only when we tell them which profile is the source.

So the one thing I'm missing is the e-mail address your older Credly profile signs in with. Once I have it, I'll ask the badging team to move the badges to the profile under kenta.morioka@hoshizora-mail.jp.

Kind regards,
Farah N.
AWS Training and Certification Customer Service"""
    add("c1-credly-ask", "info_request", True, C1, [CID_OLD],
        "C1 long numbered progress report; the request is one sentence near the end with no question mark or 'please' ('the one thing I'm missing is...')",
        TC_FROM, ME_P, "RE:" + C1_SUBJ, d,
        alt(text(rep + TC_SIG, "utf-8", "quoted-printable"),
            html("<html><body style=\"font-family:Arial;font-size:14px\">" + h2t(rep) + "</body></html>", "utf-8", "quoted-printable")),
        parent="c1-reopen", **aws_in("c1-credly-ask", d))

    # 054 ------------------------------------------------------------ C1 gentle follow-up
    d = when("2025-03-12 01:05")
    add("c1-nudge", "info_request", True, C1, [],
        "C1 gentle follow-up restating the earlier ask ('No rush, but I can't move them until I have it') - the earlier ask is still open, so reply needed; not a closing notice",
        TC_FROM, ME_P, "RE:" + C1_SUBJ, d,
        text("""Hi Kenta,

Just checking whether you've had a chance to look up the sign-in e-mail of your older Credly profile, from my message on Monday. No rush, but I can't ask for the badges to be moved until I have it.

Kind regards,
Farah N.
AWS Training and Certification Customer Service
""" + TC_SIG, "utf-8", "7bit"),
        parent="c1-credly-ask", **aws_in("c1-nudge", d))

    # 055 ------------------------------------------------------------ owner answers
    d = when("2025-03-12 12:20", JST)
    add("c1-rep-credly", "user_reply", False, C1, [],
        "Owner gives the Credly sign-in address (which is the company address) and asks a question back",
        ME_FROM_P, TC_FORM, "Re: RE:" + C1_SUBJ, d,
        text("""Hi Farah,

Sorry for the delay. The older Credly profile signs in with morioka.kenta@tanuki-sysworks.co.jp, which stops working on Friday. Can the badges be moved to my personal address before then?

Thanks,
Kenta

On Wed, 12 Mar 2025 at 10:05, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Just checking whether you've had a chance to look up the sign-in e-mail of your older Credly profile, from my message on Monday.
""", "utf-8", "quoted-printable"),
        idd="gmail", parent="c1-nudge", extra=[("User-Agent", "Hoshizora Webmail 5.2")])
