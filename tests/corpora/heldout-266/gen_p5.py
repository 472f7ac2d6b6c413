# Part 5: 2025 merge case - Gmail reply, hold, phishing, receipt, hold lifted, confirmation
from gen_lib import *
from gen_p4 import TC, C1, S1, GA

def run():
    # 030 user reply from personal (Gmail quoting)
    msg("user_reply", False, C1, [], "2025-05-26 20:30:09", A(ME_NAME, ME_P), A("Amazon Web Services", TC),
        S1, MP("alternative", [P("""Hi Siddharth,

Writing from my personal address as asked. I confirm that I am leaving
Tsubame Systems Co., Ltd.; my last working day is May 30, 2025.

Best regards,
Kenta

On Mon, May 26, 2025 at 12:05 PM Amazon Web Services <%s> wrote:
> Hi Kenta,
>
> Thanks for the quick answer. I noticed it came from
> k-ishizaki@tsubame-sys.co.jp, while this case was opened with
> kenta.ishizaki.jp@gmail.com. To protect your account we can only act on
> instructions that come from the address on the case.
>
> Please send the same confirmation of your leaving date again from
> kenta.ishizaki.jp@gmail.com, replying to this email.
""" % TC, cte="quoted-printable"),
        P("""<div dir="ltr">Hi Siddharth,<br><br>Writing from my personal address as asked. I confirm that I am leaving Tsubame Systems Co., Ltd.; my last working day is May 30, 2025.<br><br>Best regards,<br>Kenta</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, May 26, 2025 at 12:05 PM Amazon Web Services &lt;%s&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hi Kenta,<br><br>Thanks for the quick answer. I noticed it came from k-ishizaki@tsubame-sys.co.jp ... Please send the same confirmation of your leaving date again from kenta.ishizaki.jp@gmail.com, replying to this email.</blockquote></div>""" % TC,
          sub="html", cte="quoted-printable")], "000000000000a1b2c3063610f2d4"),
        tag="c1_u2", irt="c1_addr", refs=["c1_ack", "c1_hold", "c1_u1", "c1_addr"], tz="+0900", mid_domain="mail.gmail.com",
        what="owner resends from personal address", note="Gmail quoting; quoted text contains a request")

    # 031 hold, nothing asked
    msg("on_hold", False, C1, [], "2025-05-27 01:12:55", A("Amazon Web Services", TC),
        ME_P, S1, P("""Hi Kenta,

Thank you - that's all we needed from you for now.

I've contacted the partner administrator at Tsubame Systems and asked them
to release your certification account from their partner organization.
Partners usually respond within three to five business days, and the case
will stay on hold until they do. There's no action needed from you in the
meantime; I'll write again as soon as I hear back.

Best regards,
Siddharth P.
AWS Training and Certification Customer Service
""", charset="us-ascii", cte="7bit"), tag="c1_hold2", irt="c1_u2", auth=GA, received=ME_P,
        what="waiting on partner administrator", note="pure hold; explicitly no action")

    # 032 phishing from a lookalike domain
    msg("suspicious", False, None, [], "2025-05-27 14:22:10", A("AWS Certification Support", "support@aws-certsupport.com"),
        ME_P, "Action required: verify your AWS Certification account before merge",
        P("""<html><body style="font-family:Arial">
<img src="https://aws-certsupport.com/assets/aws_logo.png" alt="aws"><br>
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts. To protect your certifications, the merge is paused until you verify ownership of both accounts.</p>
<p><b>Please reply within 24 hours</b> or verify now, otherwise your certifications and exam vouchers will be permanently removed.</p>
<p><a href="https://aws-certsupport.com/verify?id=8830172" style="background:#ff9900;padding:10px;color:#000">Verify my account</a></p>
<p>AWS Training &amp; Certification Security Team</p></body></html>""", sub="html", cte="quoted-printable"),
        auth=AUTH_G("aws-certsupport.com", mailfrom="mailer@aws-certsupport.com", dmarc_p="NONE"), received=ME_P,
        what="credential phishing from lookalike domain", note="lookalike domain passes its own DMARC; urgent demand to reply")

    # 033 Skill Builder receipt
    msg("unrelated", False, None, [], "2025-05-28 03:41:06", A("AWS Skill Builder", "no-reply@aws.training"),
        ME_P, "Your AWS Skill Builder receipt", P("""Hello Kenta,

Thank you for your purchase.

Order: SB-2025-0528-771204
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing date: May 28, 2025

You can manage your subscription at https://skillbuilder.aws/subscriptions .

AWS Training and Certification
""", charset="us-ascii", cte="7bit"), auth=AUTH_G("aws.training", mailfrom="bounce@aws.training"), received=ME_P,
        what="Skill Builder receipt", note="T&C branded but a receipt, not a case")

    # 034 genuine-looking mail with dmarc=fail
    msg("suspicious", False, None, [], "2025-05-29 00:07:31", A("Amazon Web Services", TC),
        ME_P, "RE:[CASE 174802214400937] [AWS Training and Certification Form Submission] - account-assistance",
        P("""Hello,

We are ready to merge your AWS Certification accounts. Before we proceed,
please confirm that you are the owner of both accounts by signing in
below with your AWS Builder ID and password:

https://aws-training-certification.merge-verify.net/signin

If we do not receive your confirmation within 24 hours, the merge request
will be cancelled and your exam history may be lost.

Best regards,
AWS Training and Certification Customer Service
""", charset="us-ascii", cte="7bit"),
        auth=AUTH_G("amazon.com", ok=False, mailfrom="info@mx3.merge-verify.net"), received=ME_P,
        what="spoofed AWS form sender with dmarc=fail", note="exact real sender and subject shape; DKIM/SPF/DMARC fail; asks to 'confirm' accounts")

    # 035 hold lifted
    msg("case_update", False, C1, [], "2025-05-29 05:26:44", A("Amazon Web Services", TC),
        ME_P, S1, P("""Hi Kenta,

Good news: the partner administrator has released your certification
account, so the hold on this case is lifted. I'm now gathering the
account details for the merge and will send them over for your review
shortly.

Best regards,
Siddharth P.
""", charset="us-ascii", cte="7bit"), tag="c1_lift", irt="c1_hold2", auth=GA, received=ME_P,
        what="hold lifted", note="announces a future confirmation request; nothing asked yet")

    # 036 confirmation request (plain, QP)
    msg("confirmation_request", True, C1, [], "2025-05-29 06:58:13", A("Amazon Web Services", TC),
        ME_P, S1, P("""Hi Kenta,

These are the two certification accounts I found for you:

Account #1
Login email: kenta.ishizaki.jp@gmail.com
Training notification email: kenta.ishizaki.jp@gmail.com
Certification notification email: kenta.ishizaki.jp@gmail.com

Account #2
Login email: k-ishizaki@tsubame-sys.co.jp
Training notification email: k-ishizaki@tsubame-sys.co.jp
Certification notification email: k-ishizaki@tsubame-sys.co.jp

Kindly reply to confirm that both accounts belong to you and that
Account #1 is the one to keep. All exam history, certifications and
benefits from Account #2 will be moved there.

Best regards,
Siddharth P.
AWS Training and Certification Customer Service
""", cte="quoted-printable"), tag="c1_conf", irt="c1_lift", auth=GA, received=ME_P,
        what="classic Account #1 / Account #2 confirmation", note="'Kindly reply to confirm'")
