# Part 4: June 2025 - case A (merge work -> personal, partner hold) and duplicate case B.
from gen_base import *

P = (ME_NAME, ME_PERSONAL)
W = (ME_NAME, ME_WORK)
T = (TC_NAME, TC)
CASE_A = "174953128400217"
CASE_B = "174953150900388"
SUBJ_A = "[AWS Training and Certification Form Submission] - account-assistance"

# 042 ack A (to personal)
ack_a = dd("""
    Hello,

    Thank you for contacting AWS Training and Certification. We have opened case
    %s for your request.

    A member of our team will reply, usually within 24 hours. Please do not submit
    the form again for the same request - additional cases are merged manually and
    can slow down the answer.

    Your submission:
      Inquiry type:      Certification
      Additional detail: Account Merge
      Use case:          I am leaving Kaede Systems K.K. on 30 June and would like to
                         move my certifications from my company account to my personal
                         account. My accounts were merged once before, in 2020 (case
                         7642019385).
      Addresses used:    %s, %s
      Address to keep:   %s
      Candidate IDs:     AWS02871964 (company), AWS11503342 (personal)

    Regards,
    AWS Training and Certification Customer Support
    """) % (CASE_A, ME_WORK, ME_PERSONAL, ME_PERSONAL)
add("a_ack", ("acknowledgement", False, CASE_A, ["AWS02871964", "AWS11503342"]),
    "Merge acknowledgement to the personal address; echoed form mentions an old 10-digit case (2020) and two candidate IDs",
    frm=T, to=P, subject="[CASE %s] %s" % (CASE_A, SUBJ_A), date="2025-06-10 04:55:31 +0000",
    body=leaf("text/plain", ack_a, cte="quoted-printable"))

# 043 ack B (duplicate, to work)
ack_b = dd("""
    Hello,

    Thank you for contacting AWS Training and Certification. We have opened case
    %s for your request.

    A member of our team will reply, usually within 24 hours. Please do not submit
    the form again for the same request.

    Your submission:
      Inquiry type:      Certification
      Additional detail: Account Merge
      Use case:          Leaving my employer end of June - please merge my company
                         certification account into my personal one.

    Regards,
    AWS Training and Certification Customer Support
    """) % CASE_B
add("b_ack", ("acknowledgement", False, CASE_B, []),
    "Second acknowledgement four minutes later for the same request (duplicate case), to the work address",
    frm=T, to=W, subject="[CASE %s] %s" % (CASE_B, SUBJ_A), date="2025-06-10 04:59:02 +0000",
    body=leaf("text/plain", ack_b, cte="quoted-printable"))

# 044 owner forwards B ack to personal
t = dd("""
    Ugh - the form seemed to hang so I submitted it again from the work laptop.
    Now there are two cases. Keep the one on the gmail address (%s).

    ---------- Forwarded message ---------
    From: AWS Training and Certification <%s>
    Date: Tue, Jun 10, 2025 at 1:59 PM
    Subject: [CASE %s] %s
    To: Tomasz Wierzbicki <%s>


    """) % (CASE_A, TC, CASE_B, SUBJ_A, ME_WORK) + ack_b
add("b_fwd", ("user_reply", False, CASE_B, []),
    "Owner forwards the duplicate ack from work to personal with a note; mentions both case numbers",
    frm=W, to=[P], subject="Fwd: [CASE %s] %s" % (CASE_B, SUBJ_A), date="2025-06-10 14:06:48 +0900",
    reply="b_ack", auth="pass", body=leaf("text/plain", t, charset="UTF-8", cte="quoted-printable"))

# 045 B closed as duplicate
t = dd("""
    Hello Tomasz,

    This request is identical to case %s, which you opened a few minutes earlier
    from %s. To avoid two agents working on the same merge, I have
    closed case %s and linked it to %s. All further updates will come on
    that case.

    No action is needed on your side.

    Best regards,
    Marisol R.
    AWS Training and Certification Customer Support
    """) % (CASE_A, ME_PERSONAL, CASE_B, CASE_A)
add("b_dup", ("case_update", False, CASE_B, []),
    "Duplicate case closed and linked; names the other case number in the body - belongs to B (subject)",
    frm=T, to=W, subject="RE:[CASE %s] %s" % (CASE_B, SUBJ_A), date="2025-06-11 00:31:15 +0000",
    reply="b_ack", body=leaf("text/plain", t, cte="7bit"))

# 046 on hold with buried question (HTML only)
h = html_wrap(
    "<p>Hi Tomasz,</p>"
    "<p>Thanks for the detailed request. Before a merge can happen I have to flag something: the certification "
    "account on <b>%s</b> (AWS02871964) is associated with an AWS Partner Network organisation, "
    "Kaede Systems K.K. Certifications held by partner employees count toward the partner's tier, so while that "
    "association is active we are not able to move them to another account.</p>"
    "<p>I have placed your case on hold and asked the partner's Alliance Lead to review the association. This is "
    "normally settled within a few business days.</p>"
    "<p>In the meantime, it would help the partner team to know where you stand: are you still employed by Kaede "
    "Systems, and if so, what is your last working day?</p>"
    "<p>Best regards,<br>Marisol R.<br>AWS Training and Certification Customer Support</p>"
    "<hr><p style='font-size:11px;color:#687078'>Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA</p>"
    % ME_WORK)
add("a_hold1", ("on_hold", True, CASE_A, ["AWS02871964"]),
    "Partner (APN) hold, HTML only; the question about employment is buried at the end of the hold explanation",
    frm=T, to=P, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_A), date="2025-06-11 01:02:47 +0000",
    reply="a_ack", body=leaf("text/html", h, cte="quoted-printable"))

hold1_txt = dd("""
    Hi Tomasz,

    Thanks for the detailed request. Before a merge can happen I have to flag
    something: the certification account on %s (AWS02871964) is
    associated with an AWS Partner Network organisation, Kaede Systems K.K. [...]

    In the meantime, it would help the partner team to know where you stand: are you
    still employed by Kaede Systems, and if so, what is your last working day?

    Best regards,
    Marisol R.
    """) % ME_WORK
ur_a1 = dd("""
    Hi Marisol,

    I'm still employed, but I've resigned: my last working day at Kaede Systems is
    30 June 2025. The company mailbox will be deleted that evening, so I'd be
    grateful if the merge could be done before then. Our Alliance Lead (Hiroki
    Sato) already knows.

    Thanks,
    Tomasz
    """)
add("a_ur1", ("user_reply", False, CASE_A, []),
    "Owner answers the hold question from the personal address (Gmail quoting)",
    frm=P, to=[T], subject="Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), date="2025-06-11 10:48:12 +0900",
    reply="a_hold1", auth=None,
    body=leaf("text/plain", ur_a1 + "\nOn Wed, Jun 11, 2025 at 10:02 AM AWS Training and Certification <%s> wrote:\n" % TC
              + quote(hold1_txt), charset="UTF-8", cte="quoted-printable"))

# 047 colleague (APN admin), Japanese
t = dd("""
    トマシュさん

    佐藤です。AWS から Partner Central 経由で、トマシュさんの認定アカウントの
    関連付けを確認してほしいと連絡がありました。
    退職の件は承知しているので、こちらで関連付けを解除しておきました。
    反映まで数日かかるかもしれません。

    佐藤
    """)
add("apn_col", ("unrelated", False, None, []),
    "Colleague (partner admin) says he released the APN association - relevant to case A but not support mail, no case number",
    frm=("佐藤 弘樹", "h.sato@kaede-sys.co.jp"), to=W, subject="認定アカウントの関連付け解除しました",
    date="2025-06-12 17:25:40 +0900", body=leaf("text/plain", t, cte="base64"))

# 048 second hold, nothing asked
t = dd("""
    Hello Tomasz,

    Thank you for confirming your last working day. I've passed that on to the
    partner team. Your case stays on hold until the Partner Network side confirms
    that the association with Kaede Systems K.K. has been removed - we are waiting
    on them, not on you.

    I'll write again as soon as there is movement.

    Marisol R.
    AWS Training and Certification Customer Support

    > I'm still employed, but I've resigned: my last working day at Kaede Systems is
    > 30 June 2025.
    """)
add("a_hold2", ("on_hold", False, CASE_A, []),
    "Hold continues, explicitly nothing needed from the user; quotes the user's answer",
    frm=T, to=P, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_A), date="2025-06-12 23:40:02 +0000",
    reply="a_ur1", body=leaf("text/plain", t, cte="7bit"))

# 049 marketing Japanese
h = html_wrap(
    "<h2>AWS Summit Japan 2025 まもなく開催</h2><p>トマシュ 様</p>"
    "<p>6 月 25 日・26 日、幕張メッセで開催される AWS Summit Japan では、AWS 認定保有者向けラウンジをご用意しています。"
    "ご来場の際はデジタルバッジをご提示ください。</p><p><a href='https://aws.amazon.com/jp/summits/japan/'>今すぐ登録</a></p>"
    "<p style='font-size:10px'>配信停止は<a href='https://pages.awscloud.com/unsubscribe'>こちら</a></p>")
add("mkt2", ("unrelated", False, None, []),
    "Japanese AWS marketing (HTML only) about certified lounge",
    frm=("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), to=W,
    subject="AWS Summit Japan 2025：認定者ラウンジのご案内", date="2025-06-13 01:00:00 +0000",
    body=leaf("text/html", h, cte="base64"))

# 050 spoof with dmarc=fail on amazon.com
t = dd("""
    Hello,

    We are processing an account merge request for your AWS Certification account.
    To protect your certifications, the merge must be verified by the account owner.

    Please sign in within 48 hours to confirm the accounts to be merged:
    https://aws-training-merge.support-verify.net/confirm?u=t.wierzbicki

    If the merge is not verified, your certification history may be lost.

    AWS Training and Certification Customer Support
    """)
add("spoof1", ("suspicious", False, None, []),
    "Claims to be the T&C form address and asks to confirm a merge, but dkim/spf/dmarc fail for amazon.com; link to foreign domain",
    frm=T, to=W, subject="Action needed: verify your AWS Certification account merge",
    date="2025-06-13 08:14:26 +0000", auth="fail", body=leaf("text/plain", t, cte="7bit"))

# 051 hold lifted
t = dd("""
    Hi Tomasz,

    Good news - the Partner Network team confirmed this morning that your
    certification account is no longer associated with Kaede Systems K.K., so the
    hold on your case is lifted.

    I've handed the case to our accounts team, who carry out merges. They will
    contact you shortly to go through the details.

    Marisol R.
    AWS Training and Certification Customer Support
    """)
add("a_upd", ("case_update", False, CASE_A, []),
    "Hold lifted and passed to another team; 'they will contact you' is not a request",
    frm=T, to=P, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_A), date="2025-06-16 02:10:55 +0000",
    reply="a_hold2", body=leaf("text/plain", t, cte="7bit"))

# 052 confirmation request (multipart/alternative)
conf_txt = dd("""
    Hello Tomasz,

    My name is Oliver and I'll be taking care of the merge. I located the following
    certification accounts:

    Account #1
    Candidate ID: AWS11503342
    Login email: %s
    Training notification email: %s
    Certification notification email: %s

    Account #2
    Candidate ID: AWS02871964
    Login email: %s
    Training notification email: %s
    Certification notification email: %s

    Merging moves all exam history, certifications and benefits from Account #2 into
    Account #1; Account #2 is then deactivated and this cannot be undone.

    Please confirm that both accounts belong to you and that Account #1 is the one
    to keep.

    Thank you,
    Oliver T.
    AWS Training and Certification Customer Support
    """) % ((ME_PERSONAL,) * 3 + (ME_WORK,) * 3)
rows = "".join("<tr><td>%s</td><td>%s</td></tr>" % (a, b) for a, b in [
    ("Candidate ID", "AWS11503342"), ("Login email", ME_PERSONAL), ("Training notification email", ME_PERSONAL),
    ("Certification notification email", ME_PERSONAL)])
rows2 = "".join("<tr><td>%s</td><td>%s</td></tr>" % (a, b) for a, b in [
    ("Candidate ID", "AWS02871964"), ("Login email", ME_WORK), ("Training notification email", ME_WORK),
    ("Certification notification email", ME_WORK)])
h = html_wrap(
    "<p>Hello Tomasz,</p><p>My name is Oliver and I'll be taking care of the merge. I located the following "
    "certification accounts:</p><p><b>Account #1</b></p><table border='1' cellpadding='4'>%s</table>"
    "<p><b>Account #2</b></p><table border='1' cellpadding='4'>%s</table>"
    "<p>Merging moves all exam history, certifications and benefits from Account #2 into Account #1; "
    "Account #2 is then deactivated and this cannot be undone.</p>"
    "<p>Please confirm that both accounts belong to you and that Account #1 is the one to keep.</p>"
    "<p>Thank you,<br>Oliver T.<br>AWS Training and Certification Customer Support</p>" % (rows, rows2))
add("a_conf", ("confirmation_request", True, CASE_A, ["AWS11503342", "AWS02871964"]),
    "Classic Account #1 / Account #2 listing (text + HTML tables) asking to confirm ownership and the account to keep",
    frm=T, to=P, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_A), date="2025-06-17 06:33:09 +0000",
    reply="a_upd", body=multipart("alternative", [leaf("text/plain", conf_txt), leaf("text/html", h)], "aconf"))
