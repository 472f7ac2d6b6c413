"""19-26 May 2025: the merge case (15-digit), a duplicate case, the partner hold, a spoof."""
from gen_lib import *

CASE_A = "174761526000417"
CASE_B = "174761664000582"
SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
SUBJ_B = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B
TCN = A("AWS Training and Certification", TC_FORM)
MID_A = {}

# 27 ---------------------------------------------------------------- A: acknowledgement (EN)
d = dt("2025-05-19 09:42")
MID_A[1] = mid("a1", "email.amazonses.com")
txt = """Hello Kenta,

Thanks for getting in touch with AWS Training and Certification. Your request is now in our queue.

Case ID: %s
Submitted: May 19, 2025 00:41 UTC
Inquiry type: Certification
Additional detail: Account Merge

What you told us:
  Use case: I am leaving Ryukyu CloudWorks on May 30, 2025. Please merge my company
  certification account into my personal one.
  Email addresses used: k-oshiro@ryukyu-cloudworks.co.jp, kenta.oshiro.dev@gmail.com
  Keep: kenta.oshiro.dev@gmail.com
  Candidate IDs: AWS02718843 (company), AWS04471952 (personal)
  Note: my name on the certificates was corrected in 2023 (case 14118350726).

Someone from our team usually gets back to you within one business day, though some
requests need more time to investigate. Keeping all messages about this request on this
one case helps us answer faster, so there is no need to submit the form again.

Regards,
AWS Training and Certification Customer Service

Please keep the subject line unchanged when you reply; it contains your case reference.
""" % CASE_A
add(d, std(TCN, ME_PERSONAL, SUBJ_A, d, MID_A[1], pre=gm_trace("amazon.com", "01000196e6a1@email.amazonses.com", d)),
    T(txt, cte="7bit"),
    ("acknowledgement", False, CASE_A, ["AWS02718843", "AWS04471952"]),
    "Acknowledgement of the merge case (15-digit ID) echoing the form: both candidate IDs and an older 11-digit case number in the echoed text; 'keep the subject' and 'no need to submit again' are not asks.")

# 28 ---------------------------------------------------------------- B: duplicate acknowledgement (JP, to company)
d = dt("2025-05-19 10:05")
MID_B1 = mid("b1", "email.amazonses.com")
txt = """大城 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
ケース番号 %s でお問い合わせを承りました。

通常、1営業日以内に担当者よりご連絡いたします。
同じ内容のお問い合わせを重ねて送信されますと、回答が遅れる場合がございます。

お問い合わせ内容:
会社の認定アカウント (AWS02718843) を個人のアカウントに統合したいです。退職日は5月30日です。
連絡先: k-oshiro@ryukyu-cloudworks.co.jp

AWS トレーニングと認定 カスタマーサービス
""" % CASE_B
html = """<html><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>大城 健太 様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。<br>ケース番号 <b>%s</b> でお問い合わせを承りました。</p>
<p>通常、1営業日以内に担当者よりご連絡いたします。<br>同じ内容のお問い合わせを重ねて送信されますと、回答が遅れる場合がございます。</p>
<table style="border:1px solid #ccc" cellpadding="6"><tr><td style="background:#f5f5f5">お問い合わせ内容</td><td>会社の認定アカウント (AWS02718843) を個人のアカウントに統合したいです。退職日は5月30日です。</td></tr>
<tr><td style="background:#f5f5f5">連絡先</td><td>k-oshiro@ryukyu-cloudworks.co.jp</td></tr></table>
<p>AWS トレーニングと認定 カスタマーサービス</p></body></html>""" % CASE_B
add(d, std(TCN, ME_COMPANY, SUBJ_B, d, MID_B1, pre=fwd_trace("amazon.com", "01000196e6b7@email.amazonses.com", d)),
    MP("alternative", [T(txt), T(html, "html")], "----=_Part_118203_905114732.1747616700512"),
    ("acknowledgement", False, CASE_B, ["AWS02718843"]),
    "Second acknowledgement 23 minutes later for the same request, in Japanese, to the company address: a duplicate case (a different 15-digit ID).")

# 29 ---------------------------------------------------------------- Dependabot
d = dt("2025-05-19 15:02")
txt = """Bumps boto3 from 1.38.12 to 1.38.18.

Dependabot will resolve any conflicts with this PR as long as you don't alter it yourself. You can also trigger a rebase manually by commenting `@dependabot rebase`.

You can view, comment on, or merge this pull request online at:

  https://github.com/koshiro-dev/cert-tracker/pull/57

-- 
Reply to this email directly or view it on GitHub.
"""
add(d, std(A("dependabot[bot]", "notifications@github.com"), "koshiro-dev/cert-tracker <cert-tracker@noreply.github.com>",
           "[koshiro-dev/cert-tracker] Bump boto3 from 1.38.12 to 1.38.18 (PR #57)", d,
           "<koshiro-dev/cert-tracker/pull/57@github.com>", cc="Subscribed <subscribed@noreply.github.com>",
           pre=gm_trace("github.com", "noreply@github.com", d, host="out-28.smtp.github.com", policy="REJECT"),
           post=[("List-ID", "koshiro-dev/cert-tracker <cert-tracker.koshiro-dev.github.com>"),
                 ("List-Unsubscribe", "<https://github.com/notifications/unsubscribe-auth/AB3XK>")]),
    T(txt, cte="7bit"),
    ("unrelated", False, None, []),
    "Dependabot PR in the owner's 'cert-tracker' repo: 'merge this pull request', 'resolve conflicts' — GitHub noise with certification in the repo name.")

# 30 ---------------------------------------------------------------- B: closed as duplicate (case_update)
d = dt("2025-05-20 08:12")
MID_B2 = mid("b2", "email.amazonses.com")
txt = """Hi Kenta,

This request matches case %s, which you submitted from kenta.oshiro.dev@gmail.com about twenty minutes before this one.

To keep the conversation in one place I have closed this case (%s) and linked it to the earlier one. The team working on %s will send all further updates to your personal address. You do not need to do anything on this case.

Thanks,
Rafael
AWS Training and Certification Customer Service
""" % (CASE_A, CASE_B, CASE_A)
add(d, std(TCN, ME_COMPANY, SUBJ_B, d, MID_B2, irt=MID_B1, refs=MID_B1,
           pre=fwd_trace("amazon.com", "01000196eb02@email.amazonses.com", d)),
    T(txt, cte="7bit"),
    ("case_update", False, CASE_B, []),
    "Duplicate closed and linked: mentions the other case number three times; 'closed' is not a resolution of the request and not a closing notice (nothing is expected).")

# 31 ---------------------------------------------------------------- A: partner hold with a buried question
d = dt("2025-05-20 10:30")
MID_A[2] = mid("a2", "email.amazonses.com")
txt_hold = """Hello Kenta,

Thank you for your patience. I have now reviewed both certification accounts.

The account registered to k-oshiro@ryukyu-cloudworks.co.jp (AWS02718843) is linked to the AWS Partner Network profile of Ryukyu CloudWorks K.K. Certifications held in a partner-linked account count toward that partner's program requirements, so we are not able to move them to another account until the partner removes the association on their side. I have notified the partner's primary contact and put your case on hold until they do.

There is one thing you can help with in the meantime. For partner-linked accounts we have to record whether the certification holder is still employed by the partner. Are you still with Ryukyu CloudWorks, and if you are leaving, what is your last working day? A one-line answer to this email is enough.

Once the partner has released the account we will continue from here; there is no need to submit the form again.

Kind regards,
Ifeoma N.
AWS Training and Certification Customer Service
"""
add(d, std(TCN, ME_PERSONAL, SUBJ_A, d, MID_A[2], irt=MID_A[1], refs=MID_A[1],
           pre=gm_trace("amazon.com", "01000196eb4d@email.amazonses.com", d)),
    T(txt_hold),
    ("on_hold", True, CASE_A, ["AWS02718843"]),
    "Partner (APN) hold — paused for a reason outside the owner — with the one real question buried in the third paragraph; closes with 'no need to submit the form again'.")

# 32 ---------------------------------------------------------------- farewell party RSVP
d = dt("2025-05-20 18:04")
txt = """クラウド推進部のみなさん

5月末で退職される大城さんの送別会を以下のとおり開催します。
出欠を 5/23(金)までにこのメールへの返信で教えてください。

日時: 5月29日(木) 19:00〜
場所: 那覇市久茂地「島酒場 ゆいまーる」
会費: 4,000円

大城さんへの寄せ書きも集めています。一言お願いします!

宮城
"""
add(d, std(A("宮城 翔太", "s-miyagi@ryukyu-cloudworks.co.jp"), "cloud-suishin@ryukyu-cloudworks.co.jp",
           "【ご案内】大城さん送別会(5/29)出欠確認", d, mid("fw1", "ryukyu-cloudworks.co.jp"),
           pre=fwd_trace("ryukyu-cloudworks.co.jp", "s-miyagi@ryukyu-cloudworks.co.jp", d)),
    T(txt, cs="iso-2022-jp", cte="7bit"),
    ("unrelated", False, None, []),
    "Office farewell party for the owner with an RSVP deadline, sent to a team list (To is not the owner's address).")

# 33 ---------------------------------------------------------------- A: owner's answer to the hold question
d = dt("2025-05-21 07:55")
MID_A[3] = "<CAK7dQm1hT0pW9rZ3vX+4nL2eYb8sG5uJf6cR0aDq1wE7tNkP3g@mail.gmail.com>"
txt = """Hi Ifeoma,

Yes, I'm leaving. My last working day at Ryukyu CloudWorks is Friday, May 30, 2025, and my company mailbox will be shut down that evening, so please keep writing to this address.

Our partner alliance lead, Mayumi Higa, knows about the request and said she will remove the association this week.

Thanks,
Kenta

On Tue, May 20, 2025 at 10:30 AM AWS Training and Certification <%s> wrote:

%s
""" % (TC_FORM, q(txt_hold))
add(d, std(A("Kenta Oshiro", ME_PERSONAL), TCN, SUBJ_A, d, MID_A[3], irt=MID_A[2], refs=MID_A[1] + " " + MID_A[2]),
    T(txt, fmt_flowed=False),
    ("user_reply", False, CASE_A, []),
    "Owner's Gmail reply answering the hold question; the quoted hold mail below still contains the question and a candidate ID (quoted, so not listed).")

# 34 ---------------------------------------------------------------- AWS Educate form case (other program)
d = dt("2025-05-21 13:12")
txt = """Hello Kenta,

Thank you for contacting AWS Educate.

To restore access to the Cloud Club account for the University of the Ryukyus, could you tell us which institution email address was used to sign up, and roughly when? Please reply to this email with those details.

Best regards,
Hana
AWS Educate Support
"""
add(d, std(A("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_PERSONAL,
           "RE:[CASE 174771720000348] [AWS Educate Form Submission] - account-access", d,
           mid("edu1", "email.amazonses.com"), pre=gm_trace("amazon.com", "01000196f0c2@email.amazonses.com", d)),
    T(txt, cte="7bit"),
    ("unrelated", False, None, []),
    "A real AWS support form case with the identical subject shape, but for AWS Educate: a genuine question, yet not a Training and Certification case (reply false, case null).")

# 35 ---------------------------------------------------------------- spoof: real From, dmarc=fail
d = dt("2025-05-22 01:03")
txt = """Hello,

Your account merge request is ready. Please review the accounts below.

Account #1
Login email: kenta.oshiro.dev@gmail.com
Candidate ID: AWS04471952

Account #2
Login email: (hidden for security)

To approve the merge you must sign in with your AWS Builder ID within 24 hours:
https://aws-certification-merge.support/confirm?case=174784320000871

Requests that are not approved in time are cancelled and the certifications on both
accounts may be suspended pending review.

AWS Training and Certification Customer Service
"""
add(d, std(TCN, ME_PERSONAL,
           "RE:[CASE 174784320000871] [AWS Training and Certification Form Submission] - account-assistance", d,
           "<20250521160312.4F2A1C0B83@vps-2291.hostkey-eu.net>",
           pre=[("Delivered-To", ME_PERSONAL),
                ("Received", "from vps-2291.hostkey-eu.net (vps-2291.hostkey-eu.net. [185.212.44.91])\n        by mx.google.com with ESMTP id 5b1f17b1804b1-442f3a9c1e2si;\n        " + rfcdate(d.astimezone(PDT))),
                ("Authentication-Results", gmail_auth("amazon.com", "www-data@vps-2291.hostkey-eu.net", dkim="none", spf="softfail", dmarc="fail"))],
           post=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]),
    T(txt, cte="7bit"),
    ("suspicious", False, None, ["AWS04471952"]),
    "Spoof with the real T&C sender address and subject format, an Account #1/#2 listing and a real candidate ID; only Authentication-Results (dmarc=fail, sent from a VPS) and the link give it away.")

# 36 ---------------------------------------------------------------- A: hold lifted (case_update)
d = dt("2025-05-23 09:20")
MID_A[4] = mid("a4", "email.amazonses.com")
txt = """Hello Kenta,

Good news: Ryukyu CloudWorks has removed the partner association from your company certification account, and I have taken your case off hold.

I've handed it to our certification records team, who carry out merges. Before they change anything they will e-mail you the details of both accounts to check, so you will hear from us again shortly. Nothing is needed from you at the moment.

Kind regards,
Ifeoma N.
AWS Training and Certification Customer Service

On Wed, May 21, 2025 at 7:55 AM Kenta Oshiro <kenta.oshiro.dev@gmail.com> wrote:
> Yes, I'm leaving. My last working day at Ryukyu CloudWorks is Friday, May 30, 2025,
> and my company mailbox will be shut down that evening, so please keep writing to this
> address.
"""
add(d, std(TCN, ME_PERSONAL, SUBJ_A, d, MID_A[4], irt=MID_A[3], refs=" ".join([MID_A[1], MID_A[2], MID_A[3]]),
           pre=gm_trace("amazon.com", "01000196fa11@email.amazonses.com", d)),
    T(txt),
    ("case_update", False, CASE_A, []),
    "Hold lifted and passed to another team; announces a coming request ('they will e-mail you the details to check') without asking anything yet.")

# 37 ---------------------------------------------------------------- AWS marketing (JP, HTML)
d = dt("2025-05-23 12:00")
html = """<!DOCTYPE html><html lang="ja"><body style="margin:0;background:#fafafa">
<table width="640" align="center" style="font-family:'Noto Sans JP',sans-serif;background:#fff">
<tr><td><img src="https://pages.awscloud.com/rs/112-TZM-766/images/summit-japan-2025-header.png" alt="AWS Summit Japan 2025" width="640"></td></tr>
<tr><td style="padding:24px">
<p>大城 健太 様</p>
<p>AWS Summit Japan 2025 のご登録はお済みですか?</p>
<p>6月25日(水)・26日(木)、幕張メッセで開催。生成 AI、セキュリティ、認定資格取得者向けラウンジなど、150 以上のセッションをご用意しています。AWS 認定をお持ちの方は、認定者限定ラウンジをご利用いただけます。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_jp_0523" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none;font-weight:bold">今すぐ無料登録</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#777">このメールはアマゾン ウェブ サービス ジャパン合同会社から送信しています。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。</td></tr>
</table></body></html>"""
add(d, std(A("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_PERSONAL,
           "【AWS Summit Japan 2025】ご登録はお済みですか?認定者ラウンジのご案内", d, mid("mk1", "mktomail.amazon.com"),
           pre=gm_trace("amazon.com", "112-TZM-766.0.88213.0.0.7731.9.5511@mktomail.amazon.com", d),
           post=[("List-Unsubscribe", "<mailto:unsubscribe-112-TZM-766@mktomail.amazon.com>")]),
    T(html, "html", cte="base64"),
    ("unrelated", False, None, []),
    "Japanese AWS marketing (HTML-only, base64) with a question in the subject and body and a certification lounge: amazon.com and passes authentication, still marketing.")
