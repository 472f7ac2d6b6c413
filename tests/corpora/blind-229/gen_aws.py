# AWS Support Center (console) mail templates, English and Japanese. One sender for all of them:
# Amazon Web Services <no-reply-aws@amazon.com>. Wording is invented for this corpus.
from gen_lib import *
from gen_lib import _hash

AWS_FROM = 'Amazon Web Services <no-reply-aws@amazon.com>'
AWS_FROM_JA = AWS_FROM
CONSOLE = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s'

FOOT_EN = ('Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
           'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
           'Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n')
FOOT_JA = ('Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。'
           'このメッセージは Amazon Web Services Inc.(410 Terry Ave. North, Seattle, WA 98109-5210)が作成・配信しています。\n')
NOREPLY_EN = ('This email was sent from an address that cannot accept incoming email. To respond, use the '
              'Support Center link above.\n')
NOREPLY_JA = ('このメールアドレスは送信専用です。本メールにご返信いただいても受信できませんので、'
              '上記のサポートセンターのリンクからご連絡ください。\n')
RATE_EN = ('Your opinion counts: rate this reply with the stars shown beside it in the Support Center.\n')
RATE_JA = ('今回の回答はお役に立ちましたか。サポートセンターで回答の横にある星をクリックして評価をお寄せください。\n')


def new_case_en(cid, subj, desc, sev='General guidance', svc='Training and Certification',
                cat='Certification account', acct='', opener=''):
    return ("Hello,\n\n"
            "Thank you for getting in touch with Amazon Web Services. Support case %s has been created "
            "for your request, and a member of our team will follow up in the Support Center.\n\n"
            "Case details\n"
            "  Case ID:   %s\n  Subject:   %s\n  Severity:  %s\n  Service:   %s\n  Category:  %s\n"
            "%s%s\n"
            "Correspondence:\n%s\n\n"
            "To add information, attach files, or follow progress, open the case in the Support Center:\n%s\n\n"
            "Opening another case for the same issue doesn't speed things up; a second case is worked "
            "separately and usually delays the answer. Add anything new to this case instead.\n\n"
            "Sincerely,\nAmazon Web Services\n\n"
            "==========================================================\n%s\n%s") % (
        cid, cid, subj, sev, svc, cat,
        ('  Account:   %s\n' % acct) if acct else '', ('  Opened by: %s\n' % opener) if opener else '',
        desc.rstrip(), CONSOLE % (cid, 'en'), NOREPLY_EN, FOOT_EN)


def new_case_ja(cid, subj, desc, sev='一般的なガイダンス', svc='トレーニングと認定', cat='認定アカウント', acct=''):
    return ("お客様\n\n"
            "Amazon Web Services にお問い合わせいただき、ありがとうございます。"
            "ご依頼内容についてサポートケース %s を作成いたしました。担当者より AWS サポートセンターにてご連絡いたします。\n\n"
            "ケースの詳細\n"
            "ケース ID: %s\n件名: %s\n重要度: %s\nサービス: %s\nカテゴリ: %s\n%s\n"
            "ご依頼内容:\n%s\n\n"
            "情報の追加、ファイルの添付、進捗状況の確認は、AWS サポートセンターのケースページから行えます:\n%s\n\n"
            "同じ内容で別のケースを作成されますと、それぞれ個別に対応することになり、回答までにお時間をいただく場合がございます。"
            "追加の情報は本ケースにお寄せください。\n\n"
            "よろしくお願いいたします。\nAmazon Web Services\n\n"
            "==========================================================\n%s\n%s") % (
        cid, cid, subj, sev, svc, cat, ('アカウント: %s\n' % acct) if acct else '',
        desc.rstrip(), CONSOLE % (cid, 'ja'), NOREPLY_JA, FOOT_JA)


def corr_en(cid, subj, agent, rate=True):
    return ("Hello,\n\n"
            "We have updated your support case %s. The new correspondence is below.\n\n"
            "Subject: %s\n\n"
            "------------------------------------------------------------\n%s\n"
            "------------------------------------------------------------\n\n"
            "To see the full case history or respond, sign in to the Support Center:\n%s\n\n"
            "*Replies sent to this email address are not received. Please respond through the Support "
            "Center link above.*\n\n%s\n%s") % (
        cid, subj, agent.rstrip(), CONSOLE % (cid, 'en'), RATE_EN if rate else '', FOOT_EN)


def corr_ja(cid, subj, agent, rate=True):
    return ("お客様\n\n"
            "サポートケース %s が更新されました。新しいメッセージは以下のとおりです。\n\n"
            "件名: %s\n\n"
            "------------------------------------------------------------\n%s\n"
            "------------------------------------------------------------\n\n"
            "これまでのやり取りの確認やご返信は、AWS サポートセンターから行えます:\n%s\n\n"
            "※本メールへのご返信は受け付けておりません。上記リンクからご返信ください。\n\n%s\n%s") % (
        cid, subj, agent.rstrip(), CONSOLE % (cid, 'ja'), RATE_JA if rate else '', FOOT_JA)


def autoresolve_en(cid, subj, days=3, until=''):
    return ("Hello,\n\n"
            "We're still waiting for a reply from you on support case %s (\"%s\"). The case status is "
            "Pending Customer Action.\n\n"
            "If we don't receive a response through the Support Center within %d days%s, the case will be "
            "resolved automatically. A resolved case can be reopened from the Support Center for up to "
            "14 days; after that, a new case is needed.\n\n"
            "View and respond to the case:\n%s\n\n"
            "Sincerely,\nAmazon Web Services\n\n%s\n%s") % (
        cid, subj, days, (' (by %s)' % until) if until else '', CONSOLE % (cid, 'en'), NOREPLY_EN, FOOT_EN)


def autoresolve_ja(cid, subj, days=3, until=''):
    return ("お客様\n\n"
            "サポートケース %s(件名: %s)について、お客様からのご返信をお待ちしております。"
            "現在のステータスは「お客様の対応待ち」です。\n\n"
            "%d 日以内%sに AWS サポートセンターからご返信がない場合、本ケースは自動的に解決済みとなります。"
            "解決済みのケースは 14 日以内であればサポートセンターから再開できます。それ以降は新しいケースを作成してください。\n\n"
            "ケースの確認とご返信:\n%s\n\n"
            "よろしくお願いいたします。\nAmazon Web Services\n\n%s\n%s") % (
        cid, subj, days, ('(%s まで)' % until) if until else '', CONSOLE % (cid, 'ja'), NOREPLY_JA, FOOT_JA)


def status_en(cid, subj, old, new, extra=''):
    return ("Hello,\n\n"
            "The status of support case %s (\"%s\") changed from \"%s\" to \"%s\".\n\n%s"
            "Case details and history:\n%s\n\n"
            "Sincerely,\nAmazon Web Services\n\n%s\n%s") % (
        cid, subj, old, new, (extra.rstrip() + '\n\n') if extra else '', CONSOLE % (cid, 'en'), NOREPLY_EN, FOOT_EN)


def status_ja(cid, subj, old, new, extra=''):
    return ("お客様\n\n"
            "サポートケース %s(件名: %s)のステータスが「%s」から「%s」に変更されました。\n\n%s"
            "ケースの詳細と履歴:\n%s\n\n"
            "よろしくお願いいたします。\nAmazon Web Services\n\n%s\n%s") % (
        cid, subj, old, new, (extra.rstrip() + '\n\n') if extra else '', CONSOLE % (cid, 'ja'), NOREPLY_JA, FOOT_JA)


def html_wrap(inner, lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>Amazon Web Services</title></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td style="background:#232f3e;padding:12px 20px">'
            '<img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="Amazon Web Services" width="80"></td></tr>\n'
            '<tr><td style="padding:20px">\n%s\n</td></tr>\n'
            '<tr><td style="padding:12px 20px;font-size:11px;color:#687078;border-top:1px solid #d5dbdb">%s</td></tr></table>\n'
            '</body></html>\n') % (lang, inner, (FOOT_EN if lang == 'en' else FOOT_JA).strip())


def survey_html_en(cid, subj, closed):
    inner = ('<p>Hello,</p>\n<p>Your support case <b>%s</b> &ndash; &ldquo;%s&rdquo; &ndash; was resolved on %s.</p>\n'
             '<p>How did we do? The questionnaire has four questions and takes about two minutes. Your answers go '
             'to the team that handled the case.</p>\n'
             '<p><a href="https://survey.aws-support.amazon.com/s/%s?lang=en" style="background:#ff9900;color:#16191f;'
             'padding:10px 18px;text-decoration:none;border-radius:2px">Start the survey</a></p>\n'
             '<p style="color:#687078">Taking part is optional and does not change the status of your case. This '
             'address cannot receive replies.</p>') % (cid, subj, closed, _hash(cid, 'survey', n=20))
    return html_wrap(inner, 'en')


def survey_html_ja(cid, subj, closed):
    inner = ('<p>お客様</p>\n<p>サポートケース <b>%s</b>(%s)は %s に解決済みとなりました。</p>\n'
             '<p>今回のサポートの品質向上のため、簡単なアンケート(4 問、所要時間約 2 分)へのご協力をお願いいたします。'
             'いただいたご意見は担当チームに共有されます。</p>\n'
             '<p><a href="https://survey.aws-support.amazon.com/s/%s?lang=ja" style="background:#ff9900;color:#16191f;'
             'padding:10px 18px;text-decoration:none">アンケートに回答する</a></p>\n'
             '<p style="color:#687078">アンケートへの回答は任意です。回答の有無によってケースのステータスが変わることはありません。'
             'このメールアドレスは送信専用です。</p>') % (cid, subj, closed, _hash(cid, 'survey', n=20))
    return html_wrap(inner, 'ja')


def aws_top(when, to, **kw):
    """Delivery headers for AWS SES mail to either mailbox."""
    if to.endswith('@gmail.com') or ME_P in to:
        return ses_in_gmail(when, ME_P, **kw)
    return ses_in_m365(when, ME_C, **kw)


def aws_extra(when, tag):
    return [('X-SES-Outgoing', when.astimezone(UTC).strftime('%Y.%m.%d-54.240.8.') + str(int(when.timestamp()) % 90 + 10)),
            ('Feedback-ID', '1.us-east-1.%s=:AmazonSES' % fake_b64(tag, 44)),
            ('X-AMAZON-MAIL-RELAY-TYPE', 'notification')]


def aws_send(when, to, subj, root, label, note, crlf=False, irt=None, refs=None, cc=None, top=None, frm=AWS_FROM):
    mid = ses_mid(when, subj)
    return add(when, frm, to, subj, root, label, note, mid=mid, cc=cc, irt=irt, refs=refs,
               top=top if top is not None else aws_top(when, to), extra=aws_extra(when, subj), crlf=crlf)
